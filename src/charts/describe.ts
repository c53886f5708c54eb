import { daysBetween, formatDate } from '../format/dates';
import { formatList, plural } from '../format/numbers';
import { byRegion, chronological, confirmed, cumulative, type Gap, isUnexplained, totalsAsOf, unconfirmed, type Verdict } from '../domain/strikeSeries';
import { type PositionPrecision, type Region, regions, type Strike } from '../schemas/strike';
import { shortOutlet } from '../schemas/reportedTotal';
import { type Named, namedReports, printedKilled } from './whoReported';

/** The numbers a reader of the strikes-over-time chart needs, as one paragraph. */
export function describeStrikesOverTime(rows: readonly Strike[], checkpoint: Date): string {
  const series = cumulative(rows);
  const first = series[0];
  const last = series.at(-1)!;
  const { totals: atCheckpoint } = totalsAsOf(rows, checkpoint);
  const longestGap = series.slice(1).reduce(
    (best, p, i) => {
      const days = daysBetween(series[i].date, p.date);
      return days > best.days ? { days, from: series[i].date, to: p.date } : best;
    },
    { days: 0, from: first.date, to: first.date },
  );
  return (
    `From the first strike on ${formatDate(first.date)} to ${formatDate(last.date)}, the US announced ${last.strikes} strikes ` +
    `on ${last.vessels} vessels that killed ${last.killed} people; ${last.presumedDead} more were lost at sea and are presumed dead. ` +
    `By ${formatDate(checkpoint)} the count stood at ${atCheckpoint.strikes} strikes, ${atCheckpoint.vessels} vessels and ` +
    `${atCheckpoint.killed} killed (${atCheckpoint.killed + atCheckpoint.presumedDead} with the presumed dead). ` +
    `The longest time without a strike was ${longestGap.days} days, from ${formatDate(longestGap.from)} to ${formatDate(longestGap.to)}.`
  );
}

/** The numbers a reader of the each-strike chart needs, as one paragraph; `regionNames` say how a sentence names each region. */
export function describeEachStrike(rows: readonly Strike[], regionNames: Record<Region, string>): string {
  const totals = byRegion(rows);
  const deadliest = [...confirmed(rows)].sort((a, b) => b.killed - a.killed)[0]!;
  const withSurvivors = confirmed(rows).filter((s) => s.survivors > 0);
  const claims = unconfirmed(rows);
  const perRegion = regions.map(
    (region, i) => `${i === 0 ? plural(totals[region].events, 'strike event was', 'strike events were') : totals[region].events} in ${regionNames[region]} (${totals[region].killed} killed)`,
  );
  return (
    `${formatList(perRegion)}. The deadliest was on ${formatDate(deadliest.date)} in ${regionNames[deadliest.region]}: ${deadliest.killed} killed. ` +
    `Survivors were reported after ${plural(withSurvivors.length, 'event')}: ${withSurvivors.map((s) => `${formatDate(s.date)} (${s.survivors})`).join(', ')}.` +
    (claims.length ? ` ${plural(claims.length, 'claimed strike is', 'claimed strikes are')} unconfirmed and not counted (${claims.map((s) => formatDate(s.date)).join(', ')}).` : '')
  );
}

/** The claims of strikes no report confirms, for a sentence: "the unconfirmed claim of 4 October 2025 is left out", or '' where there are none. */
export function unconfirmedLeftOut(rows: readonly Strike[]): string {
  const claims = unconfirmed(rows);
  const days = formatList(claims.map((s) => formatDate(s.date)));
  return claims.length === 0 ? '' : claims.length === 1 ? `the unconfirmed claim of ${days} is left out` : `the ${claims.length} unconfirmed claims of ${days} are left out`;
}

/** What remains of a list once its first few are named: "; and 967 more, in the table", or nothing. */
const rest = (named: Named) => (named.total > named.shown.length ? `; and ${named.total - named.shown.length} more, in the table` : '');

/** An unexplained toll in words: "BNO News gave 72 on 11 November 2025 when 75 had been announced". */
const unexplainedToll = (g: Gap) =>
  `${shortOutlet(g.report.outlet)} gave ${printedKilled(g)} on ${formatDate(g.report.asOf)} when ${g.killed!.sum} had been announced`;

/** One of our sources' tolls in words: "Orinoco Tribune, 82 (matches)". */
const sourceToll = (g: Gap) => `${shortOutlet(g.report.outlet)}, ${printedKilled(g)} (${g.killed!.verdict})`;

/** The numbers a reader of the who-reported-what chart needs, as one paragraph naming the points it labels. */
export function describeWhoReported(reports: readonly Gap[]): string {
  const withDeaths = reports.filter((g) => g.killed);
  const count = (verdict: Verdict) => withDeaths.filter((g) => g.killed!.verdict === verdict).length;
  const explained = withDeaths.filter((g) => g.killed!.verdict !== 'matches' && !isUnexplained(g.killed!.verdict)).length;
  const { unexplained, fromSources } = namedReports(withDeaths);

  const overview =
    `Of ${plural(withDeaths.length, 'death toll')} reported, ${plural(count('matches'), 'equals', 'equal')} the sum ` +
    `of the deaths announced by that day and ${plural(explained, 'differs', 'differ')} in a way the data explains: ` +
    `${plural(count('matches counting presumed dead'), 'counts', 'count')} the people lost at sea and presumed dead, ` +
    `${plural(count('consistent with its qualifier'), 'is', 'are')} true as worded ("at least", "more than"), and ` +
    `${plural(count('written before an announcement that day'), 'was', 'were')} written before a strike announced the same day.`;
  const differing = plural(unexplained.total, 'differs', 'differ');
  const unexplainedText = !unexplained.total
    ? 'None differs without an explanation.'
    : (unexplained.total > unexplained.shown.length
        ? `${differing} without an explanation. The ${unexplained.shown.length} furthest from the sum: `
        : `${differing} without an explanation: `) + `${unexplained.shown.map(unexplainedToll).join('; ')}${rest(unexplained)}.`;
  const sourcesText = fromSources.total ? ` Our sources’ own figures: ${fromSources.shown.map(sourceToll).join('; ')}${rest(fromSources)}.` : '';
  return `${overview} ${unexplainedText}${sourcesText}`;
}

/** The numbers a reader of the map needs, as one paragraph: how many strikes have each kind of position, and where. */
export function describeStrikeMap(rows: readonly Strike[], regionNames: Record<Region, string>): string {
  const events = chronological(rows);
  const claims = unconfirmed(rows).length;
  const of = (precision: PositionPrecision) => events.filter((s) => s.position.precision === precision);
  const [reported, described, region] = [of('reported'), of('described'), of('region')];
  const days = (strikes: Strike[]) => formatList(strikes.map((s) => formatDate(s.date)));
  const perRegion = formatList(regions.map((r) => `${region.filter((s) => s.region === r).length} in ${regionNames[r]}`));
  return (
    `The map shows ${plural(events.length, 'strike event')}${claims ? `, ${claims} of them unconfirmed` : ''}. ` +
    (reported.length ? `${plural(reported.length, 'has its', 'have their')} coordinates from a report (${days(reported)}). ` : 'No report gives coordinates for any strike. ') +
    (described.length ? `${plural(described.length, 'has a position', 'have positions')} worked out from a report’s description, drawn ringed: ${days(described)}. ` : '') +
    (region.length ? `For ${region.length}, only the region is known (${perRegion}): they are gathered in a box in their region, not at a place. ` : '') +
    'The table gives the words each position rests on.'
  );
}
