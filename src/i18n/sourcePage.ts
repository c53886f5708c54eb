import { formatDate, formatDayMonth, formatShortDate, parseDay } from '../format/dates';
import { regionName } from '../format/countries';
import { labelWithUnit, type Metric } from '../schemas/metrics';
import type { ChartWords, FigureFacts, FigureWords, SearchWords, SiteWords, SourceWords, Words } from './words';

/**
 * The words of a source's page around its article, by key. A source has one page, in the language it was
 * published in; its furniture is written in English and carries these keys (`data-w`, with its value in
 * `data-arg`), so that a reader of another edition sees the furniture in their language without a second
 * copy of the page (src/scripts/sourceEdition.ts).
 */
export type FurnitureWord = (arg: string) => string;

/** What the furniture needs of an edition's words: few enough that a browser script can carry them. */
export interface FurniturePieces {
  site: SiteWords;
  sources: SourceWords;
  search: Pick<SearchWords, 'boxLabel' | 'boxPlaceholder' | 'button'>;
  figures: Pick<FigureWords, 'figure'>;
  metrics: Words['metrics'];
  /** A strike's name, as a paragraph's link to its page says it. */
  markName: ChartWords['strikeMap']['markName'];
  /** The locale of its dates (Intl). */
  intl: string;
}

/** The keys of a source page's furniture, each with its words in one edition. */
export function furnitureWords({ sources: s, metrics, figures, markName, intl }: FurniturePieces): Record<string, FurnitureWord> {
  const fixed = (text: string) => () => text;
  const day = (format: (d: Date, locale: string) => string) => (iso: string) => format(parseDay(iso), intl);
  return {
    published: fixed(s.published),
    inferred: fixed(s.inferred),
    outlet: fixed(s.outlet),
    outletUnknown: fixed(s.outletUnknown),
    notIdentified: fixed(s.notIdentified),
    // The outlet's country, by its code (ISO 3166), as the edition's language names it: "Turquía" for TR.
    country: (code) => regionName(code, intl),
    describesItself: fixed(`, ${s.describesItself}`),
    byline: fixed(s.byline),
    original: fixed(s.original),
    originalUnknown: fixed(s.originalUnknown),
    headline: fixed(s.headline),
    headlineOurs: fixed(s.headlineOurs),
    headlineFromAddress: fixed(s.headlineFromAddress),
    summary: fixed(s.summary),
    removed: (n) => (Number(n) === 0 ? s.nothingRemoved : s.removed(Number(n))),
    kept: (n) => s.keptWordForWord(Number(n) > 0),
    article: fixed(s.article),
    claimsNone: fixed(s.claimsNone),
    claimsCaption: fixed(s.claimsCaption),
    ...Object.fromEntries(s.claimsColumns.map((column, i) => [`claimsColumn${i}`, fixed(column)])),
    inSingleStrike: (iso) => ` ${s.inSingleStrike(formatDayMonth(parseDay(iso), intl))}`,
    inPartOfStrike: (iso) => ` ${s.inPartOfStrike(formatDayMonth(parseDay(iso), intl))}`,
    paragraph: (n) => s.paragraphLink(Number(n)),
    captionLabel: fixed(s.captionLabel),
    figure: (facts) => figures.figure(JSON.parse(facts) as FigureFacts),
    date: day(formatDate),
    citedIn: fixed(s.citedIn),
    citedInParagraph: (paragraph) => s.citedInParagraph(Number(paragraph)),
    // "2 4": the second citation of paragraph 4.
    alsoCited: (arg) => {
      const [place, paragraph] = arg.split(' ').map(Number);
      return s.alsoCited(place!, paragraph!);
    },
    strike: (iso) => markName(false, parseDay(iso)),
    strikes: (iso) => markName(false, parseDay(iso), 2),
    claimedStrike: (iso) => markName(true, parseDay(iso)),
    shortDate: day(formatShortDate),
    ...Object.fromEntries(Object.entries(s.removedKinds).map(([kind, words]) => [`removed.${kind}`, fixed(`${words}:`)])),
    // With its unit where its label does not say it: a figure in the table is a number alone.
    ...Object.fromEntries(Object.entries(metrics).map(([metric, words]) => [`metric.${metric as Metric}`, fixed(labelWithUnit(words))])),
  };
}
