import { formatDate, formatDay, formatMonthShort, formatMonthShortYear, formatSpanStart } from '../../format/dates';
import { formatList, formatNumber, openingCount, plural } from '../../format/numbers';
import type { ChartWords, EachStrikeFacts, TollFacts } from '../words';
import { counts } from './strikes';

const list = (days: Date[]) => formatList(days.map((d) => formatDate(d)));

/** What remains of a list once its first few are named: "; and 967 more, in the table" (or, where the table groups them, "on the chart’s page"), or nothing. */
const rest = (named: { shown: unknown[]; total: number }, grouped: boolean) =>
  named.total > named.shown.length ? `; and ${formatNumber(named.total - named.shown.length)} more, ${grouped ? 'each on the chart’s page' : 'in the table'}` : '';

/** "BNO News gave 72 on 11 November 2025 when 75 had been announced" */
const unexplainedToll = (t: TollFacts) => `${t.outlet} gave ${t.printed} on ${formatDate(t.date)} when ${t.sum} had been announced`;

/** "Orinoco Tribune, 82 (matches)" */
const sourceToll = (t: TollFacts) => `${t.outlet}, ${t.printed} (${t.verdict})`;

/** "The deadliest event was on 27 October 2025 in the eastern Pacific: 3 strikes on 4 vessels, 14 killed." (each event named where two or more tie) */
function deadliest({ killed, events }: EachStrikeFacts['deadliest']): string {
  const each = events.map((e) => `${formatDate(e.date)} in ${e.region} (${counts.strikesAndVessels(e.strikes, e.vessels)})`);
  if (events.length > 1) return `The deadliest events, ${formatNumber(killed)} killed in each, were on ${formatList(each)}.`;
  const [e] = events;
  return `The deadliest event was on ${formatDate(e.date)} in ${e.region}: ${counts.strikesAndVessels(e.strikes, e.vessels)}, ${formatNumber(killed)} killed.`;
}

/** The charts in English. */
export const charts: ChartWords = {
  dataRows: (rows) => `The data: ${rows} rows`,
  dataLabel: (caption) => `The data: ${caption}`,
  // "Sept", as each day is written ("2 Sept"), where d3's own format writes "Sep".
  month: formatMonthShort(),
  monthYear: formatMonthShortYear(),
  strikesOverTime: {
    caption: 'Strikes and deaths added up, by the date of each strike',
    title: 'People killed and strikes, added up from September 2025',
    columns: ['Date', 'Region', 'Strikes', 'Vessels', 'Killed', 'Presumed dead', 'Strikes so far', 'Vessels so far', 'Killed so far', 'Source'],
    csv: 'Download strikes.csv (every event, with its sources)',
    deathsPanel: 'People killed, cumulative',
    strikesPanel: 'Strikes, cumulative',
    deathsEnd: (killed, presumedDead) => `${killed} killed + ${presumedDead} presumed dead`,
    strikesEnd: (strikes) => `${strikes} strikes`,
    summary: (f) =>
      // The strikes of those days, as the US announced them (some after the last day): not what was announced by then.
      `From the first strike on ${formatSpanStart(f.first, f.last)} to ${formatDate(f.last)}, according to US announcements, ${f.strikes} strikes ` +
      // The presumed dead are our data's count, each row saying whose (a later tally, a report): not in the chart's own voice.
      `on ${f.vessels} vessels killed ${f.killed} people` +
      (f.presumedDead
        ? `; our data counts ${f.presumedDead} more as presumed dead, lost at sea${f.lostAtSea.length ? ` after the ${f.lostAtSea.length === 1 ? 'strike' : 'strikes'} of ${list(f.lostAtSea)}` : ''}`
        : '') +
      '. ' +
      // The strikes carried out by the end of that day, however late announced: one, or none, may fall on the day itself.
      `Up to and including ${formatDate(f.checkpoint)}, there had been ${plural(f.atCheckpoint.strikes, 'strike')} on ${plural(f.atCheckpoint.vessels, 'vessel')}, ` +
      `with ${formatNumber(f.atCheckpoint.killed)} killed (${formatNumber(f.atCheckpoint.killed + f.atCheckpoint.presumedDead)} with the presumed dead). ` +
      `The longest time without a strike was ${f.longestGap.days} days, from ${formatSpanStart(f.longestGap.from, f.longestGap.to)} to ${formatDate(f.longestGap.to)}.`,
    unconfirmedLeftOut: (days) =>
      days.length === 0 ? '' : days.length === 1 ? `the claimed strike of ${list(days)}, never confirmed, is left out` : `the ${days.length} claimed strikes of ${list(days)}, never confirmed, are left out`,
  },
  eachStrike: {
    caption: 'Each strike: where, when and how many people it killed',
    title: 'Each strike event, by region, sized by deaths',
    columns: ['Event', 'Date', 'Region', 'Status', 'What was reported', 'Source'],
    csv: 'Download strikes.csv (every event, with its sources)',
    legendKilled: (n) => `${n} killed`,
    legendSurvivor: 'a survivor',
    legendPresumedDead: 'presumed dead',
    legendUnconfirmed: 'unconfirmed claim',
    status: { cited: 'announced', unconfirmed: 'unconfirmed' },
    summary: (f) => {
      const perRegion = f.regions.map(
        // An event may hold several strikes (three on 27 October): the strikes too, where they are more.
        (r, i) => `${i === 0 ? openingCount(r.events, 'strike event was', 'strike events were') : r.events} in ${r.name} (${r.strikes > r.events ? `${plural(r.strikes, 'strike')}, ` : ''}${r.killed} killed)`,
      );
      return (
        `${formatList(perRegion)}. ${deadliest(f.deadliest)} ` +
        `Survivors were reported after ${plural(f.withSurvivors.length, 'event')}: ${f.withSurvivors.map((s) => `${formatDate(s.date)} (${s.survivors})`).join(', ')}.` +
        (f.unconfirmed.length
          ? ` ${openingCount(f.unconfirmed.length, 'claimed strike is', 'claimed strikes are')} unconfirmed and not counted (${f.unconfirmed.map((d) => formatDate(d)).join(', ')}).`
          : '')
      );
    },
    strike: (s) => {
      if (s.unconfirmed) return `${formatDate(s.date)}, ${s.region}: unconfirmed claim, not counted. ${s.notes}`;
      return `${formatDate(s.date)}, ${s.region}: ${counts.strikesAndVessels(s.strikes, s.vessels)}, ${counts.toll(s.killed, s.survivors, s.presumedDead)}. Source: ${s.outlet}.`;
    },
  },
  whoReported: {
    caption: 'Who reported what: each outlet’s death toll beside the deaths announced by that day',
    title: 'Death tolls as outlets reported them, against the sum of announced deaths',
    columns: ['Reported on', 'Outlet', 'Killed, as printed', 'Announced by then', 'Difference', 'Explanation'],
    csv: 'Download reported-totals.csv (with our sources’ figures)',
    legendAnnounced: 'deaths announced by then',
    legendPresumed: 'with the presumed dead',
    legendKinds: { matches: 'an outlet’s total, equal to the sum', explained: 'explained by the data', unexplained: 'not explained' },
    legendSource: 'one of our sources',
    legendGroup: 'several (area: how many)',
    grouped: (f) =>
      `With ${formatNumber(f.tolls)} tolls, the drawing and the table group those of one ${f.period}, of one kind of verdict (equal, explained or unexplained), of one kind of report (our sources’ or not) and within one band of ${f.band} deaths: ` +
      `${formatNumber(f.groups)} marks and rows, each mark’s area showing how many tolls it holds. Every toll has a row of its own on the chart’s page and in the CSV.`,
    groupColumns: ['Reported between', 'Tolls', 'Outlets', 'Killed, as reported', 'Announced by then', 'Explanation'],
    outlets: (names, others) => formatList(others ? [...names, plural(others, 'other')] : names),
    everyTollLink: (tolls) => `Every toll, one per row (${formatNumber(tolls)}), on the chart’s page`,
    everyTollRows: (tolls) => `Every toll, one per row: ${formatNumber(tolls)} rows`,
    summary: (f) => {
      const overview =
        `Of ${plural(f.tolls, 'death toll')} reported, ${plural(f.matches, 'equals', 'equal')} the sum ` +
        `of the deaths announced by that day and ${plural(f.explained, 'differs', 'differ')} in a way the data explains: ` +
        `${plural(f.presumedDead, 'matches', 'match')} once the people lost at sea and presumed dead are added, ` +
        `${plural(f.qualifier, 'is', 'are')} true as worded ("at least", "more than"), ` +
        (f.reportedEarly ? `${plural(f.beforeAnnouncement, 'was', 'were')} written before a strike announced the same day, and ${plural(f.reportedEarly, 'matches', 'match')} once a strike that had happened by then, and was announced later, is added.` : `and ${plural(f.beforeAnnouncement, 'was', 'were')} written before a strike announced the same day.`);
      const { unexplained, fromSources } = f;
      const differing = openingCount(unexplained.total, 'differs', 'differ');
      const unexplainedText = !unexplained.total
        ? 'None differs without an explanation.'
        : (unexplained.total > unexplained.shown.length
            ? `${differing} without an explanation. The ${unexplained.shown.length} furthest from the sum: `
            : `${differing} without an explanation: `) + `${unexplained.shown.map(unexplainedToll).join('; ')}${rest(unexplained, f.grouped)}.`;
      const sourcesText = fromSources.total ? ` Our sources’ own figures: ${fromSources.shown.map(sourceToll).join('; ')}${rest(fromSources, f.grouped)}.` : '';
      return `${overview} ${unexplainedText}${sourcesText}`;
    },
  },
  strikeMap: {
    caption: 'Where the strikes were, as far as the reports say',
    title: 'The strikes on a map, each where the reports place it',
    columns: ['Event', 'Date', 'Region', 'Killed', 'Position', 'What the position rests on'],
    regionOnly: 'No report places it more closely than its region.',
    unplacedClaim: (region) => `No place known; shown in ${region}`,
    csv: 'Download strikes.csv (every event, with its sources)',
    summary: (f) =>
      `The map shows ${plural(f.events, 'strike event')}${f.unconfirmed ? `, ${f.unconfirmed} of them unconfirmed` : ''}. ` +
      (f.reported.length ? `${openingCount(f.reported.length, 'has its', 'have their')} coordinates from a report (${list(f.reported)}). ` : 'No report gives coordinates for any strike. ') +
      (f.described.length ? `${openingCount(f.described.length, 'has a position', 'have positions')} worked out from a report’s description, drawn ringed: ${list(f.described)}. ` : '') +
      (f.regionOnly.some((r) => r.count)
        ? `For ${f.regionOnly.reduce((sum, r) => sum + r.count, 0)}, only the region is known (${formatList(f.regionOnly.map((r) => `${r.count} in ${r.name}`))}): they are gathered in a box in their region, not at a place. `
        : '') +
      (f.unplaced.length === 1
        ? `The unconfirmed claim of ${formatDate(f.unplaced[0]!.date)} names no place; it is shown in the box of its region, ${f.unplaced[0]!.region}. `
        : f.unplaced.length
          ? `The unconfirmed claims of ${list(f.unplaced.map((u) => u.date))} name no place; each is shown in the box of its region. `
          : '') +
      // An embed has no table: the map's data table is on its page, and in the CSV.
      'The data table on the map’s page gives the words each position rests on.',
    legendReported: (n) => `position reported: ${n}`,
    legendDescribed: (n) => `worked out from a description: ${n}`,
    legendRegion: (n) => `region only, in a box: ${n}`,
    notKnown: (n, claims) => `Position not known: ${[n && String(n), claims && `${claims} unconfirmed`].filter(Boolean).join(' + ') || 0}`,
    markName: (unconfirmed, date, strikes = 1) => `${unconfirmed ? 'Claimed strike' : strikes > 1 ? 'Strikes' : 'Strike'} of ${formatDate(date)}`,
    compass: { N: 'N', S: 'S', E: 'E', W: 'W' },
    precision: { reported: 'Given by a report', described: 'Worked out from a report’s description', region: 'Only the region is known' },
  },
  here: (strikes) => (strikes > 1 ? 'These strikes' : 'This strike'),
  day: (date) => formatDay(date),
  verdicts: {
    matches: 'matches',
    'matches counting presumed dead': 'matches counting presumed dead',
    'matches leaving out survivors lost at sea': 'matches leaving out survivors lost at sea',
    'counts vessels as strikes, or strikes as vessels': 'counts vessels as strikes, or strikes as vessels',
    'consistent with its qualifier': 'consistent with its qualifier',
    'written before an announcement that day': 'written before an announcement that day',
    'counts a strike announced later': 'matches counting a strike announced later',
    higher: 'higher',
    lower: 'lower',
  },
  withPresumedDead: ', with the presumed dead',
  countingPresumedDead: (days) => `matches counting the presumed dead of ${list(days)}`,
};
