import { Document } from 'yaml';
import { type ArticleLine, htmlLines, isHtml, textLines } from './articleLines';
import {
  APPEAL_GAP,
  BOX_KINDS,
  CAPTION_GAP,
  type FurnitureKind,
  bylineOf,
  endsSentence,
  hasPhotoCredit,
  isAppealLine,
  isMasthead,
  isTitleCase,
  lineKind,
  parseDateline,
  startsLikeHeadline,
} from './furniture';
import { escapeHeading, escapeMdx } from './mdxEscape';
import { todo } from '../checks/todo';
import { isCalendarDay, parseDay } from '../format/dates';
import { DAY_TO_COME, hasCome } from '../schemas/common';
import { WEB_ADDRESS } from '../site';
import { slug } from '../format/slug';

/** What the editor tells `npm run new-source` about the article. */
export interface ImportOptions {
  /** The outlet's name. */
  outlet?: string;
  /** The publication date, YYYY-MM-DD. */
  date?: string;
  /** The original address. */
  url?: string;
}

/** A source made from a supplied article, ready to be written as content/sources/<id>.mdx. */
export interface ImportedSource {
  /** `<outlet>-<date>`: the file name without .mdx, and the page's address. */
  id: string;
  /** The frontmatter, with what could not be filled marked TODO. */
  data: Record<string, unknown>;
  /** The article text as MDX. */
  body: string;
  /** What the editor should look at (a date that disagrees with the text, …). */
  notes: string[];
}

/** The supplied article or options cannot make a source; the message says what to do. */
export class ImportError extends Error {
  name = 'ImportError';
}

type Role = 'title' | 'standfirst' | 'caption' | 'heading' | 'item' | 'paragraph' | FurnitureKind;
const KEPT = new Set<Role>(['caption', 'heading', 'item', 'paragraph']);
const BULLET = /^[•·▪●◦‣*-]\s+/;

/** What is kept of a page's own address: a web address written out in full, as --url takes. */
const webAddress = (url: string | undefined) => (url && WEB_ADDRESS.test(url) ? url : undefined);

/** The longest outlet name new-source names a file after: a file name has a limit, and its date and a temporary suffix go with it. */
const MAX_OUTLET = 120;

/** A line break, a tab or another control character: an option's value is one line of text. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** What is wrong with the options, one phrase each (none when they are fine): checked before anything is read or written. */
export function optionProblems(options: ImportOptions): string[] {
  const problems: string[] = [];
  // A value with a line break would be written into the source's frontmatter as two lines, and said in two.
  const broken = Object.entries(options).filter(([, value]) => typeof value === 'string' && CONTROL.test(value));
  for (const [name] of broken) problems.push(`--${name}: expected one line of text, without line breaks or tabs`);
  if (broken.length) return problems;
  const { outlet, date, url } = options;
  if (outlet !== undefined && !outlet.trim()) problems.push('--outlet: expected the outlet’s name');
  else if (outlet !== undefined && !slug(outlet)) problems.push(`--outlet ${outlet}: expected a name with letters or digits, to name the file after`);
  // The file is named after it, and a file name has a limit (255 bytes on most systems).
  else if (outlet !== undefined && slug(outlet).length > MAX_OUTLET) problems.push(`--outlet: expected an outlet's name of at most ${MAX_OUTLET} letters and digits, to name the file after; got ${slug(outlet).length}`);
  if (date !== undefined && !isCalendarDay(date)) problems.push(`--date ${date}: expected a real date written as YYYY-MM-DD`);
  else if (date !== undefined && !hasCome(parseDay(date))) problems.push(`--date ${date}: ${DAY_TO_COME}`);
  if (url !== undefined && !WEB_ADDRESS.test(url)) problems.push(`--url ${url}: expected a full web address (https://…)`);
  return problems;
}

/** Decides what each line is: title, standfirst, text, or furniture of some kind. */
function assignRoles(lines: ArticleLine[], outlet: string | undefined): Role[] {
  const roles: (Role | undefined)[] = lines.map((l) => l.furniture);
  const open = (i: number) => roles[i] === undefined;

  // A donation appeal runs from one line asking for money to the last within APPEAL_GAP lines of it.
  const asks = lines.flatMap((l, i) => (open(i) && isAppealLine(l.text) ? [i] : []));
  asks.forEach((start, k) => {
    const end = asks[k + 1] !== undefined && asks[k + 1] - start - 1 <= APPEAL_GAP ? asks[k + 1] : start;
    for (let i = start; i <= end; i++) if (open(i) || roles[i] === 'donation-appeal') roles[i] = 'donation-appeal';
  });
  lines.forEach((l, i) => {
    if (!open(i)) return;
    if (isMasthead(l.text, outlet)) roles[i] = 'masthead';
    // The outlet's tagline, printed under its name.
    else if (roles[i - 1] === 'masthead' && l.text.length <= 100 && !endsSentence(l.text)) roles[i] = 'masthead';
    else roles[i] = lineKind(l.text);
  });

  // A caption printed twice is kept once, where it is first printed.
  lines.forEach((l, i) => {
    if (!open(i) || l.text.length < 20) return;
    const j = lines.findIndex((m, k) => k > i && k - i <= CAPTION_GAP + 1 && open(k) && m.text === l.text);
    if (j < 0) return;
    roles[i] = 'caption';
    roles[j] = 'duplicate-caption';
  });
  lines.forEach((l, i) => {
    if (open(i) && (l.tag === 'caption' || (l.tag !== 'title' && l.tag !== 'heading' && hasPhotoCredit(l.text)))) roles[i] = 'caption';
  });

  // The headline comes first; raw text has no markup, so it is the first line that is not a sentence.
  const first = lines.findIndex((l, i) => open(i) && l.tag !== 'paragraph' && l.tag !== 'item');
  const firstText = lines.findIndex((_, i) => open(i));
  const titleAt = lines.findIndex((l) => l.tag === 'title');
  const title = titleAt >= 0 && open(titleAt) ? titleAt : first === firstText && first >= 0 && isHeadline(lines[first]) ? first : -1;
  if (title >= 0) {
    roles[title] = 'title';
    const next = lines.findIndex((_, i) => i > title && (open(i) || roles[i] === 'caption'));
    const loose = !lines[next]?.tag || lines[next].tag === 'paragraph';
    if (next >= 0 && open(next) && loose && lines[next].text.length <= 300 && !endsSentence(lines[next].text))
      roles[next] = 'standfirst';
  }

  let textSeen = false;
  lines.forEach((l, i) => {
    if (!open(i)) return void (textSeen ||= roles[i] === 'caption');
    const more = lines.some((_, k) => k > i && (open(k) || roles[k] === 'caption'));
    const loose = !l.tag || l.tag === 'paragraph';
    if (l.tag === 'heading' || l.tag === 'title') roles[i] = 'heading';
    else if (l.tag === 'item' || (!l.tag && BULLET.test(l.text))) roles[i] = 'item';
    else if (loose && textSeen && more && !endsSentence(l.text) && l.text.length <= 200 && isTitleCase(l.text))
      roles[i] = 'related-link'; // a headline of another article, standing alone mid-text
    else if (!l.tag && textSeen && more && isSubheading(l.text))
      roles[i] = 'heading';
    else roles[i] = 'paragraph';
    textSeen = true;
  });
  return roles as Role[];
}

const isHeadline = (line: ArticleLine) =>
  line.tag === 'title' || (!line.tag && line.text.length <= 200 && !endsSentence(line.text) && startsLikeHeadline(line.text));
const isSubheading = (text: string) =>
  text.length <= 100 && text.split(' ').length <= 14 && !endsSentence(text) && startsLikeHeadline(text);

/** The removed furniture, in reading order: a box of lines of one kind is one entry. */
function removals(lines: ArticleLine[], roles: Role[]) {
  const removed: { kind: FurnitureKind; text: string }[] = [];
  let last: { role: Role; group?: number } | undefined;
  lines.forEach((line, i) => {
    const role = roles[i];
    const furniture = !KEPT.has(role) && role !== 'title' && role !== 'standfirst';
    if (furniture) {
      const kind = role as FurnitureKind;
      if (BOX_KINDS.has(kind) && last?.role === role && last.group === line.group) removed[removed.length - 1].text += `\n${line.text}`;
      else removed.push({ kind, text: line.text });
    }
    last = furniture ? { role, group: line.group } : undefined;
  });
  return removed;
}

/** The MDX body: blocks apart by a blank line, list items together. */
function mdxBody(lines: ArticleLine[], roles: Role[]): string {
  const blocks: string[] = [];
  lines.forEach((line, i) => {
    const escape = roles[i] === 'heading' ? escapeHeading : escapeMdx;
    const text = escape(roles[i] === 'item' && !line.tag ? line.text.replace(BULLET, '') : line.text);
    if (roles[i] === 'caption') blocks.push(`<Caption>${text}</Caption>`);
    else if (roles[i] === 'heading') blocks.push(`## ${text}`);
    else if (roles[i] === 'paragraph') blocks.push(text);
    else if (roles[i] === 'item') {
      if (roles[i - 1] === 'item') blocks[blocks.length - 1] += `\n- ${text}`;
      else blocks.push(`- ${text}`);
    }
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The day of a page's own date ("2025-12-04T09:30:00Z" → "2025-12-04"); undefined unless it is a real YYYY-MM-DD, alone or before its time. */
const pageDay = (text: string) => (/^\d{4}-\d{2}-\d{2}(T|$)/.test(text) && isCalendarDay(text.slice(0, 10)) ? text.slice(0, 10) : undefined);

/** Makes a source from a supplied article (raw text, or a saved web page): frontmatter and MDX text. */
export function importSource(raw: string, options: ImportOptions = {}): ImportedSource {
  const wrong = optionProblems(options);
  if (wrong.length) throw new ImportError(wrong.join('; '));
  const html = isHtml(raw) ? htmlLines(raw) : undefined;
  const lines = (html?.lines ?? textLines(raw)).filter((l) => l.text);
  const meta = html?.meta ?? {};
  const outlet = options.outlet?.trim() || meta.outlet;
  // A page's own name for its outlet names the file as --outlet does, and meets the same limit.
  if (!options.outlet && outlet && slug(outlet).length > MAX_OUTLET)
    throw new ImportError(`the page names its outlet "${outlet.slice(0, 40)}…", ${slug(outlet).length} letters and digits, too long to name the file after: give its name with --outlet "Name"`);
  // A page's own address is kept where it is a web address: a canonical link may say anything (javascript:…).
  const url = options.url ?? webAddress(meta.url);
  if (!lines.length) throw new ImportError('the file holds no text');

  const roles = assignRoles(lines, outlet);
  const text = (role: Role) => lines.find((_, i) => roles[i] === role)?.text;
  const datelines = lines.flatMap((l, i) => (roles[i] === 'dateline' ? [parseDateline(l.text)!] : []));
  const pageDate = meta.date && pageDay(meta.date);
  if (meta.date && !pageDate && !datelines.length && !options.date)
    throw new ImportError(`the page gives its publication date as "${meta.date}", which is not a date written YYYY-MM-DD: give it with --date YYYY-MM-DD`);
  const printed = datelines[0] ?? (pageDate ? { date: pageDate } : undefined);
  const notes: string[] = [];

  const date = options.date ?? printed?.date;
  if (!date) throw new ImportError('no publication date in the text: give it with --date YYYY-MM-DD');
  if (options.date && printed && printed.date !== options.date)
    notes.push(`--date ${options.date} differs from the date the article prints (${printed.date}); check which is right`);

  const title = text('title') ?? meta.title;
  const standfirst = text('standfirst');
  const byline = meta.byline ?? lines.map((l) => bylineOf(l.text)).find(Boolean);
  const time = printed?.date === date && 'time' in printed ? printed.time : undefined;
  const data: Record<string, unknown> = {
    title: title ?? todo('the supplied copy has no headline: write one (titleFrom: editors says it is ours)'),
    ...(title ? {} : { titleFrom: 'editors' }),
    ...(standfirst ? { standfirst } : {}),
    outlet: outlet
      ? { name: outlet }
      : { note: todo("the outlet is not named in the supplied copy: give its name as outlet.name, or say here why it is unknown") },
    published: {
      date,
      ...(time ? { time } : {}),
      ...(printed ? {} : { inferred: todo('the supplied copy prints no date: say how the date was worked out') }),
    },
    ...(url ? { url } : {}),
    ...(byline ? { byline } : {}),
    language: meta.language ?? 'en',
    summary: todo('one sentence, ours, on what the article says'),
    removed: removals(lines, roles),
    claims: [],
  };
  return { id: `${slug(outlet ?? '') || 'unidentified-outlet'}-${date}`, data, body: mdxBody(lines, roles), notes };
}

/** The text of the MDX file: frontmatter, then the body. */
export function sourceFile(source: ImportedSource, from?: string): string {
  const doc = new Document(source.data);
  doc.commentBefore = [
    ` Made by npm run new-source${from ? ` from ${from}` : ''}.`,
    ' Fill in each TODO, add the claims, then run npm run check (README: "Writing and editing").',
    // What the importer printed for the editor, kept for whoever reviews the file.
    ...source.notes.map((note) => ` Note: ${note}.`),
  ].join('\n');
  // One line per line of text, so a removal reads as it was printed.
  return `---\n${doc.toString({ lineWidth: 0, blockQuote: 'literal' })}---\n\n${source.body}`;
}
