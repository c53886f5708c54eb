import { type CollectionEntry, getCollection, render } from 'astro:content';
import { ContentError, type Problem } from '../checks/problems';
import { type CitationIndex, citationIndex, type PageCitation, resolveCitation, UnresolvedCitation } from '../domain/citations';
import type { ReviewProblem } from '../checks/explainerReview';
import type { CitationPlace } from '../markdown/cites';
import { ENGLISH, type Edition } from '../i18n/words';
import { localeOfExplainer } from '../schemas/explainer';
import { defaultLocale } from '../site';
import { loadReportedTotals, loadSourceBlocks, loadStrikes } from './load';
import { once } from './once';

/** The citation index, from the collections: each source's blocks as its page shows them, and the data rows. */
const loadCitationIndex = once(async (): Promise<CitationIndex> => {
  const [sources, strikes, reports] = await Promise.all([loadSourceBlocks(), loadStrikes(), loadReportedTotals()]);
  return citationIndex(sources, strikes, reports);
});

/** What remarkCitations (src/integrations/) leaves in a page's frontmatter as Astro compiles it. */
export interface CitationsFrontmatter {
  /** Every `<Cite>`, in reading order: its number, its note's, what it points at and where it is written. */
  citations?: CitationPlace[];
  /** Every sentence that states a figure or quotes words without a citation, every citation without a review row, every bad review row. */
  review?: ReviewProblem[];
}

/**
 * Resolves citations as written. One that points at nothing stops the build, and so does any `problem`
 * found when the page was compiled, all named at once at their files and lines; a citation that does not
 * resolve is named once, not again for its review.
 */
async function resolveAll(written: readonly CitationPlace[], review: readonly ReviewProblem[] = [], edition: Edition = ENGLISH): Promise<PageCitation[]> {
  const found = await loadCitationIndex();
  const problems: Problem[] = [];
  const unresolved = new Set<number>();
  const resolved = written.flatMap(({ n, note, target, file, line }) => {
    try {
      return [{ ...resolveCitation(target, found, edition), n, note }];
    } catch (error) {
      if (!(error instanceof UnresolvedCitation)) throw error;
      problems.push({ file, line, field: 'text', message: error.message });
      unresolved.add(n);
      return [];
    }
  });
  problems.push(...review.filter((p) => p.cite === undefined || !unresolved.has(p.cite)).map(({ cite: _, ...problem }) => problem));
  if (problems.length) throw new ContentError(problems);
  return resolved;
}

/** One `<Cite>` as it renders (props from remarkCitations), resolved in the edition's words. */
export const resolveCite = async (cite: CitationPlace, edition: Edition = ENGLISH) => (await resolveAll([cite], [], edition))[0]!;

/**
 * Every citation in an MDX entry (the explainer, or a page about the site), resolved in the edition's words, in
 * reading order: what remarkCitations found as it compiled it. Any problem it found stops the build here.
 */
export async function citationsIn(entry: CollectionEntry<'explainer' | 'pages'>, edition: Edition = ENGLISH): Promise<PageCitation[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  const { citations = [], review = [] } = remarkPluginFrontmatter as CitationsFrontmatter;
  return resolveAll(citations, review, edition);
}

/**
 * The English explainer's citations, worked out once per build (every source paragraph asks). Its
 * translations cite the same passages in the same places, so the numbers hold for them too.
 */
const loadExplainerCitations = once(async () =>
  (await Promise.all((await getCollection('explainer', (e) => localeOfExplainer(e.filePath ?? '') === defaultLocale)).map((e) => citationsIn(e)))).flat(),
);

/** The numbers of the explainer's citations of one paragraph of one source, in reading order. */
export async function citationsOfParagraph(sourceId: string, paragraph: number): Promise<number[]> {
  const prefix = `/sources/${sourceId}/`;
  return (await loadExplainerCitations()).filter((c) => c.href.startsWith(prefix) && c.paragraph === paragraph).map((c) => c.n);
}
