import { getCollection } from 'astro:content';
import { CSV_FILES } from '../checks/dataFiles';
import { keyEventChartProblems, keyEventCiteProblems, keyEventStrikeProblems } from '../checks/keyEventCites';
import { ContentError } from '../checks/problems';
import { around, LAND_AROUND } from '../domain/geography';
import { naturalEarth } from '../domain/naturalEarth';
import { allReports } from '../domain/reportedTotals';
import { type Mention, strikeMentions } from '../domain/strikeMentions';
import type { OutletNames } from '../domain/strikePages';
import { ledger, type LedgerGroup } from '../domain/ledger';
import { gaps } from '../domain/strikeSeries';
import { pieceBlocks } from '../markdown/sourceHtml';
import type { AliasGroup } from '../schemas/aliases';
import type { ChartSettings } from '../schemas/chartSettings';
import type { KeyEventRow } from '../schemas/keyEvent';
import { localeOfExplainer } from '../schemas/explainer';
import type { Strike } from '../schemas/strike';
import { ENGLISH, editionOf } from '../i18n/words';
import { defaultLocale, type Locale } from '../site';
import { once, oncePerKey } from './once';

/** Every strike event, as checked by its loader. */
export const loadStrikes = async () => (await getCollection('strikes')).map((e) => e.data);

/**
 * The explainer's home page in each edition that has one, by its edition: content/explainer/index.mdx
 * (English, at /), es/index.mdx (at /es/), in the collection's order.
 */
export async function loadExplainerHomes() {
  const homes = await getCollection('explainer', (e) => /(^|\/)index\.mdx$/.test(e.filePath ?? ''));
  return new Map(homes.map((e) => [localeOfExplainer(e.filePath ?? ''), e] as [Locale, (typeof homes)[number]]));
}

/** Every source article, with its text as its page's HTML. */
export const loadSources = () => getCollection('sources');

/** Every source article with its numbered blocks, read back from its HTML once per build: for what quotes or counts them. */
export const loadSourceBlocks = once(async () => (await loadSources()).map((s) => ({ id: s.id, data: { ...s.data, blocks: pieceBlocks(s.data.html) } })));

const ledgers = oncePerKey(async (locale) =>
  ledger(await loadSources(), await loadStrikes(), locale === defaultLocale ? ENGLISH : editionOf(locale as Locale)),
);

/**
 * The figure ledger in an edition, worked out once per build: the ledger's page and each further page of
 * its rows read the same, rather than each working it out again over the whole archive.
 */
export const loadLedger = (locale: Locale): Promise<LedgerGroup[]> => ledgers(locale);

/** The outlets' reported totals, as content/data/reported-totals.csv has them, oldest first. */
export const loadReportedTotals = async () =>
  (await getCollection('reportedTotals')).map((e) => e.data).sort((a, b) => a.asOf.getTime() - b.asOf.getTime());

/**
 * Reported totals, the outlets' and our sources', each beside the sum known on its day; worked out once
 * per build, as one list, which each chart of it groups once (src/charts/reportGroups.ts).
 */
export const loadReportGaps = once(async () => {
  const [strikes, reports, sources] = await Promise.all([loadStrikes(), loadReportedTotals(), loadSources()]);
  return gaps(allReports(reports, sources), strikes);
});

/**
 * The key events, which the timeline lists and the chart of strikes over time marks in part, in date order,
 * checked once per build (every page with the chart reads them): one that cites a source or a paragraph we
 * do not have, or whose span a strike event ends that is not of its last day, or that the chart marks outside its dates, stops the build at its line of events.csv.
 */
export const loadKeyEvents = once(async (): Promise<KeyEventRow[]> => {
  const [entries, sources, strikes] = await Promise.all([getCollection('keyEvents'), loadSourceBlocks(), loadStrikes()]);
  const located = entries.map(({ data: { at, ...data } }) => ({ data, ...at }));
  const problems = [
    ...keyEventCiteProblems(located, new Map(sources.map((s) => [s.id, s.data.blocks.length])), CSV_FILES.keyEvents.file),
    ...keyEventStrikeProblems(located, new Map(strikes.map((s) => [s.id, s])), undefined, CSV_FILES.keyEvents.file),
    ...keyEventChartProblems(located, strikes, CSV_FILES.keyEvents.file),
  ];
  if (problems.length) throw new ContentError(problems);
  return located.map((e) => e.data).sort((a, b) => a.date.getTime() - b.date.getTime());
});

/** What the charts say that their data cannot (content/data/charts.yml). */
export const loadChartSettings = async (): Promise<ChartSettings> => (await getCollection('chartSettings'))[0]!.data;

/** Search's groups of names for one thing (content/search/aliases.yml). */
export const loadAliases = async (): Promise<AliasGroup[]> => (await getCollection('aliases'))[0]!.data.groups;

/** The sea area of each region, in the order of the file. */
export const loadRegions = async () => (await getCollection('regions')).map((e) => e.data);

/** The names the map prints. */
export const loadPlaces = async () => (await getCollection('places')).map((e) => e.data);

/** Each outlet's name by its site ("airwars.org" → "Airwars"): how a strike's page names its further reports. */
export const loadOutlets = async (): Promise<OutletNames> => new Map((await getCollection('outlets')).map((e) => [e.data.site, e.data.name]));

/** Natural Earth's coastlines and borders around the regions, as the map draws them. */
export const loadGeography = async () => naturalEarth(around((await loadRegions()).map((r) => r.bounds), LAND_AROUND));

let mentions: Promise<Mention[]> | undefined;

/**
 * Every paragraph of our sources that speaks of a strike, worked out once per build. The sources' loader
 * has checked each listed paragraph, and `npm run check` each listed strike's id; a build stops here on an id
 * that no row has.
 */
export const loadMentions = () =>
  (mentions ??= Promise.all([loadStrikes(), loadSourceBlocks()]).then(([strikes, sources]) => {
    const found = strikeMentions(strikes, sources.map((s) => ({ id: s.id, data: s.data, paragraphs: s.data.blocks.map((b) => b.text) })));
    if (found.problems.length)
      throw new Error(found.problems.map((p) => `content/sources/${p.source}.mdx strikes[${p.index}].${p.field}: ${p.message}`).join('\n'));
    return found.mentions;
  }));

/** The mentions of each paragraph, keyed "source-id N", found once per build: not by a pass over them all for every paragraph of the archive. */
const mentionsByParagraph = once(async () => Map.groupBy(await loadMentions(), (m) => `${m.source} ${m.p}`));

/** The strikes a paragraph of a source speaks of, for the paragraph's links to their pages. */
export async function strikesOfParagraph(sourceId: string, paragraph: number): Promise<Strike[]> {
  const [mentions, strikes] = await Promise.all([mentionsByParagraph(), loadStrikes()]);
  return (mentions.get(`${sourceId} ${paragraph}`) ?? []).flatMap((m) => strikes.filter((s) => s.id === m.strike));
}
