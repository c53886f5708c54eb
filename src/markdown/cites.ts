import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Block } from './sourceText';

/** The component editors write to cite: `<Cite source="…" p="7" />` or `<Cite data="strikes" row="11" />`. */
export const CITE = 'Cite';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** One citation in a document, in reading order from 1. */
export interface Citation {
  n: number;
  /** The cited source's id and paragraph, or the cited dataset and row. */
  target: { source: string; p: number } | { data: 'strikes' | 'reported-totals'; row: string };
  node: Jsx;
}

/** A citation that cannot be resolved, with the node where it is written. */
export class CitationError extends Error {
  constructor(
    message: string,
    readonly node: Jsx,
  ) {
    super(message);
    this.name = 'CitationError';
  }
}

const PROPS = ['source', 'p', 'data', 'row'];
const DATASETS = ['strikes', 'reported-totals'] as const;

/** A JSX attribute's literal string value; expressions ({…}) are not allowed in citations. */
function attributes(node: Jsx): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new CitationError('<Cite> takes plain props, not {...spread}', node);
    if (!PROPS.includes(attribute.name))
      throw new CitationError(`<Cite> ${attribute.name}: unknown prop; expected source and p, or data and row`, node);
    if (typeof attribute.value !== 'string')
      throw new CitationError(`<Cite> ${attribute.name}: expected a quoted value, like ${attribute.name}="7"`, node);
    out[attribute.name] = attribute.value;
  }
  return out;
}

/** Every `<Cite>` in a parsed MDX document, numbered in reading order; throws CitationError on bad props. */
export function citationsOf(tree: Root): Citation[] {
  const found: Citation[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || (node as Jsx).name !== CITE) return;
    const jsx = node as Jsx;
    const props = attributes(jsx);
    const n = found.length + 1;
    if (props.source !== undefined || props.p !== undefined) {
      if (props.data !== undefined || props.row !== undefined)
        throw new CitationError('<Cite> cites a source (source, p) or a data row (data, row), not both', jsx);
      if (!props.source) throw new CitationError('<Cite> source: missing; expected a source id, like source="orinoco-tribune-2025-11-28"', jsx);
      if (!/^[1-9]\d*$/.test(props.p ?? '')) throw new CitationError(`<Cite> p: expected a paragraph number, like p="7"; got "${props.p ?? ''}"`, jsx);
      found.push({ n, target: { source: props.source, p: Number(props.p) }, node: jsx });
    } else {
      const data = props.data as (typeof DATASETS)[number];
      if (!DATASETS.includes(data)) throw new CitationError(`<Cite> data: expected one of ${DATASETS.join(', ')}; got "${props.data ?? ''}"`, jsx);
      if (!props.row) throw new CitationError('<Cite> row: missing; expected the row id, like row="11"', jsx);
      found.push({ n, target: { data, row: props.row }, node: jsx });
    }
  });
  return found;
}

/** What a citation needs to know about the sources and data to resolve. */
export interface CitationIndex {
  sources: Map<string, { outlet: string; published: Date; blocks: Block[] }>;
  rows: Record<(typeof DATASETS)[number], Map<string, { label: string }>>;
}

/** What a resolved citation shows: where it links, its label and, for a source, the passage itself. */
export interface ResolvedCitation {
  n: number;
  href: string;
  outlet: string;
  date?: Date;
  paragraph?: number;
  quote?: string;
  label: string;
}

/** Resolves a citation against the index, or throws CitationError naming what is missing. */
export function resolveCitation(citation: Citation, index: CitationIndex): ResolvedCitation {
  const { target, node, n } = citation;
  if ('source' in target) {
    const source = index.sources.get(target.source);
    if (!source)
      throw new CitationError(
        `<Cite> source: no source "${target.source}"; expected one of ${[...index.sources.keys()].sort().join(', ')}`,
        node,
      );
    const block = source.blocks[target.p - 1];
    if (!block)
      throw new CitationError(
        `<Cite> p: paragraph ${target.p} does not exist in ${target.source}; it has ${source.blocks.length} (p-1 to p-${source.blocks.length})`,
        node,
      );
    return {
      n,
      href: `/sources/${target.source}/#${block.id}`,
      outlet: source.outlet,
      date: source.published,
      paragraph: target.p,
      quote: block.text,
      label: source.outlet,
    };
  }
  const row = index.rows[target.data].get(target.row);
  if (!row)
    throw new CitationError(`<Cite> row: no row "${target.row}" in ${target.data}.csv`, node);
  const anchor = target.data === 'strikes' ? `strike-${target.row}` : `report-${target.row}`;
  return { n, href: `/data/#${anchor}`, outlet: 'Strike data', label: row.label };
}

/** An endnote: one cited passage or row, quoted once, with every citation of it in reading order. */
export interface Note extends Omit<ResolvedCitation, 'n'> {
  /** The note's number, from 1 in order of first citation: what a citation prints as its footnote mark. */
  n: number;
  /** The numbers of the citations of this passage (their ids are cite-N), in reading order. */
  citations: number[];
}

/** The endnotes of a document's citations: citations of the same passage or row share one note. */
export function notesOf(citations: readonly ResolvedCitation[]): Note[] {
  const byHref = new Map<string, Note>();
  for (const { n, ...citation } of citations) {
    const note = byHref.get(citation.href);
    if (note) note.citations.push(n);
    else byHref.set(citation.href, { ...citation, n: byHref.size + 1, citations: [n] });
  }
  return [...byHref.values()];
}
