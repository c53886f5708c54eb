import { getCollection } from 'astro:content';
import { allReports } from '../domain/reportedTotals';
import type { SourceEntry } from '../domain/sources';
import { gaps } from '../domain/strikeSeries';
import type { KeyEventRow } from '../schemas/keyEvent';

/** Every strike event, as checked by its loader. */
export const loadStrikes = async () => (await getCollection('strikes')).map((e) => e.data);

/** Every source article. */
export const loadSources = async (): Promise<SourceEntry[]> => getCollection('sources');

/** Reported totals, the outlets' and our sources', each beside the sum known on its day. */
export async function loadReportGaps() {
  const [strikes, csvRows, sources] = await Promise.all([loadStrikes(), getCollection('reportedTotals'), loadSources()]);
  return gaps(allReports(csvRows.map((e) => e.data), sources), strikes);
}

/** The dated events the charts mark, in date order. */
export async function loadKeyEvents(): Promise<KeyEventRow[]> {
  return (await getCollection('keyEvents')).map((e) => e.data).sort((a, b) => a.date.getTime() - b.date.getTime());
}
