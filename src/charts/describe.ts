import { daysBetween } from '../format/dates';
import { ENGLISH, type Edition, type TollFacts } from '../i18n/words';
import { byRegion, chronological, confirmed, cumulative, type Gap, namesNoPlace, totalsAsOf, unconfirmed, type Verdict } from '../domain/strikeSeries';
import { type PositionPrecision, type Region, regions, type Strike } from '../schemas/strike';
import { shortOutlet } from '../schemas/reportedTotal';
import { kindOf, reportGroups } from './reportGroups';
import { killedVerdict, namedReports, printedKilled } from './whoReported';

/*
 * Each summary is worked out here from the data, as facts; each edition's words (src/i18n/) make its
 * sentences from them, so that a language builds them its own way, agreeing with their numbers.
 */

/** The numbers a reader of the strikes-over-time chart needs, as one paragraph. */
export function describeStrikesOverTime(rows: readonly Strike[], checkpoint: Date, { words }: Edition = ENGLISH): string {
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
  const lostAtSea = chronological(confirmed(rows))
    .filter((s) => s.presumedDead > 0)
    .map((s) => s.date);
  return words.charts.strikesOverTime.summary({ ...last, first: first.date, last: last.date, checkpoint, atCheckpoint, longestGap, lostAtSea });
}

/** The numbers a reader of the each-strike chart needs, as one paragraph; `regionNames` say how a sentence names each region. */
export function describeEachStrike(rows: readonly Strike[], regionNames: Record<Region, string>, { words, translate }: Edition = ENGLISH): string {
  const totals = byRegion(rows);
  const events = chronological(confirmed(rows));
  const most = Math.max(...events.map((s) => s.killed));
  const name = (region: Region) => translate(regionNames[region]);
  return words.charts.eachStrike.summary({
    regions: regions.map((region) => ({ name: name(region), events: totals[region].events, strikes: totals[region].strikes, killed: totals[region].killed })),
    deadliest: {
      killed: most,
      events: events
        .filter((s) => s.killed === most)
        .map((s) => ({ date: s.date, region: name(s.region), strikes: s.strikes, vessels: s.vessels })),
    },
    withSurvivors: events.filter((s) => s.survivors > 0).map((s) => ({ date: s.date, survivors: s.survivors })),
    unconfirmed: chronological(unconfirmed(rows)).map((s) => s.date),
  });
}

/** The claims of strikes no report confirms, for a sentence: "the claimed strike of 4 October 2025, never confirmed, is left out", or '' where there are none. */
export const unconfirmedLeftOut = (rows: readonly Strike[], { words }: Edition = ENGLISH) =>
  words.charts.strikesOverTime.unconfirmedLeftOut(chronological(unconfirmed(rows)).map((s) => s.date));

/** A toll as a summary names it. */
const tollFacts = (g: Gap, edition: Edition): TollFacts => ({
  outlet: shortOutlet(g.report.outlet),
  printed: printedKilled(g, edition),
  date: g.report.asOf,
  sum: g.killed!.sum,
  verdict: killedVerdict(g, edition),
});

/** The numbers a reader of the who-reported-what chart needs, as one paragraph naming the points it labels. */
export function describeWhoReported(reports: readonly Gap[], edition: Edition = ENGLISH): string {
  const withDeaths = reports.filter((g) => g.killed);
  const count = (verdict: Verdict) => withDeaths.filter((g) => g.killed!.verdict === verdict).length;
  const { unexplained, fromSources } = namedReports(withDeaths);
  const named = (list: typeof unexplained) => ({ shown: list.shown.map((g) => tollFacts(g, edition)), total: list.total });
  return edition.words.charts.whoReported.summary({
    tolls: withDeaths.length,
    matches: count('matches'),
    explained: withDeaths.filter((g) => kindOf(g.killed!.verdict) === 'explained').length,
    presumedDead: count('matches counting presumed dead'),
    qualifier: count('consistent with its qualifier'),
    beforeAnnouncement: count('written before an announcement that day'),
    reportedEarly: count('counts a strike announced later'),
    unexplained: named(unexplained),
    fromSources: named(fromSources),
    grouped: reportGroups(reports).band !== undefined,
  });
}

/** The numbers a reader of the map needs, as one paragraph: how many strikes have each kind of position, and where. */
export function describeStrikeMap(rows: readonly Strike[], regionNames: Record<Region, string>, { words, translate }: Edition = ENGLISH): string {
  const events = chronological(rows);
  const of = (precision: PositionPrecision) => events.filter((s) => s.position.precision === precision).map((s) => s.date);
  const regionOnly = confirmed(events).filter((s) => s.position.precision === 'region');
  return words.charts.strikeMap.summary({
    events: events.length,
    unconfirmed: unconfirmed(rows).length,
    reported: of('reported'),
    described: of('described'),
    regionOnly: regions.map((r) => ({ name: translate(regionNames[r]), count: regionOnly.filter((s) => s.region === r).length })),
    unplaced: events.filter(namesNoPlace).map((s) => ({ date: s.date, region: translate(regionNames[s.region]) })),
  });
}

/**
 * A chart's summary cut to what a search result or a shared link shows of a page (its description): its
 * first sentences, as many as fit in `max` characters; a first sentence longer than that, cut with an
 * ellipsis at its last clause's end that fits (a semicolon's, a colon's) past half of `max`, else after its
 * last whole word that fits, and before any brackets or quotation left open. The page itself gives the whole summary.
 */
export function summaryLead(summary: string, max = 200): string {
  if (summary.length <= max) return summary;
  // A sentence ends at its stop, before a space and what starts the next (a capital, a figure, an opening quote).
  const sentences = summary.split(/(?<=[.!?…»”)])\s+(?=[\p{Lu}\p{N}«“¿¡(])/u);
  let lead = '';
  for (const sentence of sentences) {
    const longer = lead ? `${lead} ${sentence}` : sentence;
    if (longer.length > max) break;
    lead = longer;
  }
  if (lead) return lead;
  const fits = summary.slice(0, max);
  const clause = Math.max(fits.lastIndexOf('; '), fits.lastIndexOf(': '));
  let cut = clause >= max / 2 ? fits.slice(0, clause) : withoutTrail(fits.replace(/\s+\S*$/, ''));
  // Not inside brackets or a quotation it opened: cut before them.
  const open = Math.max(...Object.entries(PAIRS).map(([opens, closes]) => (cut.split(opens).length > cut.split(closes).length ? cut.lastIndexOf(opens) : -1)));
  if (open > 0) cut = withoutTrail(cut.slice(0, open));
  return `${cut}…`;
}

/** The brackets and quotation marks a summary opens and closes. */
const PAIRS = { '(': ')', '“': '”', '«': '»' };

/** A cut text without the spaces and the punctuation it ends in, before its ellipsis. */
const withoutTrail = (text: string) => text.replace(/[\s,;:–—-]+$/, '');
