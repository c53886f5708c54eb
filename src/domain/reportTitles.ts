/**
 * What a data row's title cell says of its report. Most cells give the report's headline; where the
 * research could not read it, the cell says so in square brackets before its words: `[desc] …` or
 * `[no title in stored excerpt] …` describe the report in our words; `[URL slug] …` (or `[title not in
 * stored excerpt; URL slug] …`) is the headline as the report's web address spells it; `[title not in stored
 * CBS excerpt; AP headline as carried by journal-news.com] …` is a headline, with where it was read.
 */
export interface ReportTitle {
  /** The words after the brackets: a headline, or our description of the report. */
  text: string;
  kind: 'headline' | 'described' | 'fromAddress';
  /** Where a headline was read, in the research's words, English ("AP headline as carried by journal-news.com"). */
  readAt?: string;
  /** Whose headline it is and the site it was read on, where `readAt` says so in the research's usual words: for another edition to say. */
  carried?: { by: string; site: string };
}

/** "AP headline as carried by journal-news.com": whose headline (a name: capitalised), and where it was read. */
const CARRIED = /^(\p{Lu}.*?) headline as carried by (\S+)$/u;

const BRACKETS = /^\[([^\]]*)\]\s*/;

export function reportTitle(cell: string): ReportTitle {
  const bracket = BRACKETS.exec(cell);
  const text = bracket && cell.slice(bracket[0].length);
  // A cell that is all brackets is shown as it is: it has nothing else to show.
  if (!bracket || !text) return { text: cell, kind: 'headline' };
  const said = bracket[1]!.split(';').map((part) => part.trim());
  if (said.includes('desc') || said.some((part) => /^no title\b/i.test(part))) return { text, kind: 'described' };
  if (said.includes('URL slug')) return { text, kind: 'fromAddress' };
  const readAt = said.find((part) => !/^title not in stored\b/i.test(part));
  // "[title not in stored excerpt] …" with no word of where a headline was read: the words are ours.
  if (!readAt) return { text, kind: 'described' };
  const carried = CARRIED.exec(readAt);
  return { text, kind: 'headline', readAt, ...(carried && { carried: { by: carried[1]!, site: carried[2]! } }) };
}

/** A report's headline, where its row gives one (a headline read from its address counts), for linked data. */
export const headlineOf = (cell: string) => {
  const title = reportTitle(cell);
  return title.kind === 'described' ? undefined : title.text;
};
