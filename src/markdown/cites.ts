import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { type CitationTarget, type Dataset, datasets, targetKey, targetOf } from '../schemas/cite';
import { type Jsx, writtenProps } from './jsxProps';

/**
 * The component editors write to cite: `<Cite source="…" p="7" />`, `<Cite data="strikes" row="11" />`, or for a
 * running total of the strike data (every announced event to event 18, added up) `<Cite data="strikes" through="18" />`.
 */
export const CITE = 'Cite';

/** One citation in a document, in reading order from 1. */
export interface Citation {
  n: number;
  /** Its endnote's number, from 1 in order of first citation: citations of the same passage or row share one. */
  note: number;
  target: CitationTarget;
  node: Jsx;
}

/** A `<Cite>` whose props are wrong, with the node where it is written. */
export class CitationError extends Error {
  readonly node: Jsx;
  constructor(message: string, node: Jsx) {
    super(message);
    this.node = node;
    this.name = 'CitationError';
  }
}

/** The props a `<Cite>` takes. */
export const CITE_PROPS = ['source', 'p', 'data', 'row', 'through'];

/** A `<Cite>`'s props; throws CitationError at the first that is not written as a prop it takes, with a quoted value. */
function attributes(node: Jsx): Record<string, string> {
  const { props, problems } = writtenProps(node, CITE, (prop) => (CITE_PROPS.includes(prop) ? undefined : 'unknown prop; expected source and p, data and row, or data and through'));
  if (problems[0]) throw new CitationError(problems[0], node);
  return props;
}

/** What a `<Cite>` points at, from its props; throws CitationError where they are wrong. */
function checkedTarget(props: Record<string, string>, node: Jsx): CitationTarget {
  if (props.source !== undefined || props.p !== undefined) {
    if (props.data !== undefined || props.row !== undefined || props.through !== undefined)
      throw new CitationError('<Cite> cites a source (source, p) or our data (data, with row or through), not both', node);
    if (!props.source) throw new CitationError('<Cite> source: missing; expected a source id, like source="orinoco-tribune-2025-11-28"', node);
    if (!/^[1-9]\d*$/.test(props.p ?? '')) throw new CitationError(`<Cite> p: expected a paragraph number, like p="7"; got "${props.p ?? ''}"`, node);
  } else {
    if (!datasets.includes(props.data as Dataset))
      throw new CitationError(`<Cite> data: expected one of ${datasets.join(', ')}; got "${props.data ?? ''}"`, node);
    if (props.through !== undefined) {
      if (props.row !== undefined) throw new CitationError('<Cite> cites a row (row) or the running totals through one (through), not both', node);
      if (props.data !== 'strikes') throw new CitationError(`<Cite> through: only the strike data is added up; expected data="strikes", got data="${props.data}"`, node);
      if (!props.through) throw new CitationError('<Cite> through: empty; expected the last event to add up, like through="18"', node);
    } else if (!props.row) throw new CitationError('<Cite> row: missing; expected the row id, like row="11" (or through="11" for the running totals to it)', node);
  }
  return targetOf(props as Parameters<typeof targetOf>[0]);
}

/**
 * Every `<Cite>` in a parsed MDX document, numbered in reading order, with its note; and every one whose
 * props are wrong, not numbered, so that a check can name them all at once.
 */
export function readCitations(tree: Root): { citations: Citation[]; errors: CitationError[] } {
  const citations: Citation[] = [];
  const errors: CitationError[] = [];
  const notes = new Map<string, number>();
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || (node as Jsx).name !== CITE) return;
    const jsx = node as Jsx;
    // Words between its tags would be lost: a citation renders its note's number alone.
    if (jsx.children.length) {
      errors.push(new CitationError(`<${CITE}> takes nothing between its tags, which the page would not show: write it as <${CITE} … />, with the words before it`, jsx));
      return;
    }
    let target: CitationTarget;
    try {
      target = checkedTarget(attributes(jsx), jsx);
    } catch (error) {
      if (!(error instanceof CitationError)) throw error;
      errors.push(error);
      return;
    }
    const key = targetKey(target);
    if (!notes.has(key)) notes.set(key, notes.size + 1);
    citations.push({ n: citations.length + 1, note: notes.get(key)!, target, node: jsx });
  });
  return { citations, errors };
}

/** Every `<Cite>` in a parsed MDX document, numbered in reading order, with its note; throws CitationError at the first with bad props. */
export function citationsOf(tree: Root): Citation[] {
  const { citations, errors } = readCitations(tree);
  if (errors[0]) throw errors[0];
  return citations;
}

/** A citation as remarkCitations records it for the page that shows the document: where it is written, not its node. */
export interface CitationPlace extends Omit<Citation, 'node'> {
  /** The file, from the project root, and the line it is written on. */
  file: string;
  line: number;
}
