import type { ReportedTotal } from '../schemas/reportedTotal';
import type { Metric } from '../schemas/metrics';
import { claimAsOf, outletName, type SourceEntry } from './sources';

const RUNNING: Metric[] = ['strikes', 'vessels', 'killed'];

/**
 * The running totals each source article reports (from its `claims`), as rows like those of
 * reported-totals.csv, so they can be set beside the outlets' totals. Per-strike figures are left out.
 */
export function sourceReports(sources: readonly SourceEntry[]): ReportedTotal[] {
  return sources.flatMap(({ id, data }) => {
    const claims = data.claims.filter((c) => RUNNING.includes(c.metric) && !c.event);
    if (claims.length === 0) return [];
    const figure = (metric: Metric) => {
      const claim = claims.find((c) => c.metric === metric);
      return claim && { value: claim.value, qualifier: claim.qualifier };
    };
    return [
      {
        asOf: claimAsOf(claims[0], data),
        outlet: outletName(data),
        strikes: figure('strikes'),
        vessels: figure('vessels'),
        killed: figure('killed'),
        survivors: undefined,
        // A title of ours, where the article's copy has none, is marked as reported-totals.csv marks a description of ours.
        source: { title: data.titleFrom === 'editors' ? `[desc] ${data.title}` : data.title, url: undefined, sourceId: id, p: claims.find((c) => c.metric === 'killed')?.p ?? claims[0].p },
        notes: claims.map((c) => `“${c.quote}”`).join('; '),
      },
    ];
  });
}

/** Every reported total, the outlets' and the sources', oldest first. */
export const allReports = (csvRows: readonly ReportedTotal[], sources: readonly SourceEntry[]) =>
  [...csvRows, ...sourceReports(sources)].sort(
    (a, b) => a.asOf.getTime() - b.asOf.getTime() || a.outlet.localeCompare(b.outlet),
  );
