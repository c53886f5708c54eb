import { getCollection } from 'astro:content';
import { allReports } from '../domain/reportedTotals';
import { gaps } from '../domain/strikeSeries';
import type { AliasGroup } from '../schemas/aliases';
import type { ChartSettings } from '../schemas/chartSettings';
import type { KeyEventRow } from '../schemas/keyEvent';

/** Every strike event, as checked by its loader. */
export const loadStrikes = async () => (await getCollection('strikes')).map((e) => e.data);

/** Every source article, with the numbered blocks of its text. */
export const loadSources = () => getCollection('sources');

/** The outlets' reported totals, as content/data/reported-totals.csv has them, oldest first. */
export const loadReportedTotals = async () =>
  (await getCollection('reportedTotals')).map((e) => e.data).sort((a, b) => a.asOf.getTime() - b.asOf.getTime());

/** Reported totals, the outlets' and our sources', each beside the sum known on its day. */
export async function loadReportGaps() {
  const [strikes, reports, sources] = await Promise.all([loadStrikes(), loadReportedTotals(), loadSources()]);
  return gaps(allReports(reports, sources), strikes);
}

/** The dated events the charts mark, in date order. */
export async function loadKeyEvents(): Promise<KeyEventRow[]> {
  return (await getCollection('keyEvents')).map((e) => e.data).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** What the charts say that their data cannot (content/data/charts.yml). */
export const loadChartSettings = async (): Promise<ChartSettings> => (await getCollection('chartSettings'))[0]!.data;

/** Search's groups of names for one thing (content/search/aliases.yml). */
export const loadAliases = async (): Promise<AliasGroup[]> => (await getCollection('aliases'))[0]!.data.groups;
