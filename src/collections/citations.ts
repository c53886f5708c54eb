import { getCollection } from 'astro:content';
import { shortOutlet } from '../charts/whoReported';
import { type CitationIndex, citationsOf, type ResolvedCitation, resolveCitation } from '../markdown/cites';
import { formatDay } from '../format/dates';
import { outletName } from '../domain/sources';
import { blocksOf, parseBody } from '../markdown/sourceText';
import { reportedTotalId } from '../checks/rowChecks';

let index: Promise<CitationIndex> | undefined;

/** The same index remarkCitations reads from disk, built from the checked collections once (as below). */
const citationIndex = () => (index ??= buildCitationIndex());

async function buildCitationIndex(): Promise<CitationIndex> {
  const [sources, strikes, reports] = await Promise.all([
    getCollection('sources'),
    getCollection('strikes'),
    getCollection('reportedTotals'),
  ]);
  return {
    sources: new Map(sources.map((s) => [s.id, { outlet: outletName(s.data), published: s.data.published.date, blocks: blocksOf(s.body ?? '') }])),
    rows: {
      strikes: new Map(strikes.map((s) => [s.data.id, { label: `Strike data, ${formatDay(s.data.date)}` }])),
      'reported-totals': new Map(reports.map((r) => [reportedTotalId(r.data), { label: `${shortOutlet(r.data.outlet)}, ${formatDay(r.data.asOf)}` }])),
    },
  };
}

/** Every citation in an MDX body, resolved, in reading order (numbered as on the page). */
export async function citationsIn(body: string): Promise<ResolvedCitation[]> {
  const index = await citationIndex();
  return citationsOf(parseBody(body)).map((c) => resolveCitation(c, index));
}

let explainerCitations: Promise<ResolvedCitation[]> | undefined;

/** The explainer's citations, worked out once per build (every source paragraph asks). */
const loadExplainerCitations = () =>
  (explainerCitations ??= getCollection('explainer').then(async (entries) =>
    (await Promise.all(entries.map((e) => citationsIn(e.body ?? '')))).flat(),
  ));

/** The numbers of the explainer's citations of one paragraph of one source, in reading order. */
export async function citationsOfParagraph(sourceId: string, paragraph: number): Promise<number[]> {
  const prefix = `/sources/${sourceId}/`;
  return (await loadExplainerCitations()).filter((c) => c.href.startsWith(prefix) && c.paragraph === paragraph).map((c) => c.n);
}
