import { z } from 'astro/zod';

/** The data files a citation can point into, by the name `<Cite data="…">` uses. */
export const datasets = ['strikes', 'reported-totals'] as const;
export type Dataset = (typeof datasets)[number];

/**
 * What a citation points at: a paragraph of a source, a row of a data file, or the strike data's running
 * totals through one event (`through`: every announced event from the first to it, in the order they
 * happened, added up), which a figure like "82 killed by 15 November" rests on.
 */
export type CitationTarget = { source: string; p: number } | { data: Dataset; row: string } | { data: 'strikes'; through: string };

/** "source orinoco-tribune-2025-11-28 p 7": one key per passage, row or sum, so citations of it share a note. */
export const targetKey = (target: CitationTarget) =>
  'source' in target ? `source ${target.source} p ${target.p}` : 'through' in target ? `data strikes through ${target.through}` : `data ${target.data} row ${target.row}`;

/**
 * The props of `<Cite>` as it renders: what the editor wrote (source and p, or data with row or through,
 * which src/markdown/cites.ts has checked), and what src/integrations/remarkCitations.ts adds to it.
 */
export const citeProps = z.strictObject({
  /** The cited source: its file name in content/sources/ without .mdx. */
  source: z.string().optional(),
  /** The cited paragraph of that source: the N of #p-N. */
  p: z.string().optional(),
  /** The cited data file. */
  data: z.enum(datasets).optional(),
  /** The cited row of that file: a strike's id, or a reported total's date and outlet. */
  row: z.string().optional(),
  /** The last strike event of the cited running totals: a strike's id. */
  through: z.string().optional(),
  /** The citation's number in reading order, from 1; its id is cite-N. */
  n: z.string({ error: 'not numbered: <Cite> is read by remarkCitations, which runs on MDX content files' }),
  /** The number of its endnote: citations of the same passage share one. */
  note: z.string(),
  /** The file it is written in, from the project root, and its line there: where a mistake is reported. */
  file: z.string(),
  line: z.string(),
});

/** The target of `<Cite>` props that have been checked: a source and paragraph, a dataset and row, or the strike data through an event. */
export const targetOf = (props: { source?: string; p?: string; data?: Dataset; row?: string; through?: string }): CitationTarget =>
  props.source !== undefined
    ? { source: props.source, p: Number(props.p) }
    : props.through !== undefined
      ? { data: 'strikes', through: props.through }
      : { data: props.data!, row: props.row! };
