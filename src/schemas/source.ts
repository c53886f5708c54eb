import { z } from 'astro/zod';
import { calendarDate, dayThatHasCome, webAddress } from './common';
import { metricNames, qualifiers } from './metrics';

/** A paragraph of a source, by the N of its #p-N: the first is 1. */
const paragraphNumber = z
  .number({ error: 'expected a paragraph number' })
  .int({ error: 'expected a whole paragraph number' })
  .positive({ error: 'expected a paragraph number: the first paragraph is 1 (p-1)' });

/** One figure an article reports, tied to the paragraph that states it. */
export const claimSchema = z.strictObject({
  /** What is counted: one of the metrics in src/schemas/metrics.ts. */
  metric: z.enum(metricNames, { error: `expected one of: ${metricNames.join(', ')}` }),
  /** The figure as printed (the low end of a range). */
  value: z.number({ error: 'expected a number' }).nonnegative({ error: 'expected a number of 0 or more' }),
  /** The high end, where the article gives a range ("5–8%"). */
  max: z.number().nonnegative().optional(),
  /** The words before the figure ("at least 83"); "exact" when there are none. */
  qualifier: z.enum(qualifiers, { error: `expected one of: ${qualifiers.join(', ')}` }).default('exact'),
  /** The date the figure describes; defaults to the publication date. */
  asOf: calendarDate.optional(),
  /** Set when the figure is about one strike (that strike's date), not the campaign total. */
  event: calendarDate.optional(),
  /**
   * Set, with `event`, where the figure counts some of that strike's people, not its whole toll (the two
   * men its second strike killed): the ledger says it is part of the strike's count, not a different count.
   */
  part: z.literal(true, { error: 'expected true (a figure for part of one strike), or no `part` at all' }).optional(),
  /** The paragraph that states it: the N of #p-N. */
  p: paragraphNumber,
  /** The words in that paragraph that state the figure, copied exactly. */
  quote: z
    .string({ error: 'expected the words of the paragraph that state the figure, copied exactly' })
    .regex(/\S/, { error: 'expected the words of the paragraph that state the figure, copied exactly' }),
  /** Our note for the reader, where the figure needs one. */
  note: z.string().optional(),
  /**
   * The Spanish edition's: our note in Spanish, and our translation of `quote`, which its ledger prints after
   * the source's English, “words” [«ours»], as the Spanish pages quote the sources.
   */
  es: z
    .strictObject({ note: z.string().min(1).optional(), quote: z.string().regex(/\S/, { error: 'expected our translation of the quote, in words' }).optional() })
    .refine((es) => es.note || es.quote, { error: 'expected es.note (our note in Spanish) or es.quote (our translation of the quote)' })
    .optional(),
}).superRefine((claim, ctx) => {
  if (claim.part && !claim.event) ctx.addIssue({ code: 'custom', path: ['part'], message: 'expected an `event` date with `part`: the strike whose count this figure is part of' });
  // A range runs from its low end, `value`, up: a high end below it is the two swapped, or a typo.
  if (claim.max !== undefined && claim.max < claim.value)
    ctx.addIssue({ code: 'custom', path: ['max'], message: `expected the high end of the range, at least value (${claim.value}); got ${claim.max} (swapped with value?)` });
});

/** A paragraph that speaks of one strike: the strike's page quotes it, and the paragraph links to that page. */
export const strikeMentionSchema = z.strictObject({
  /** The strike's id in content/data/strikes.csv ("1", "4a"). */
  id: z.union([z.string().min(1), z.number().int()], { error: 'expected a strike id from content/data/strikes.csv, like "1" or "4a"' }).transform(String),
  /** The paragraph that speaks of it: the N of #p-N. */
  p: paragraphNumber,
});

/** A piece of page furniture dropped from the supplied text, kept here word for word. */
export const removedSchema = z.strictObject({
  /** What sort of furniture it was. */
  kind: z.enum([
    'cookie-banner',
    'donation-appeal',
    'related-link',
    'duplicate-caption',
    'navigation',
    'masthead',
    'gallery-label',
    'dateline',
    'credit',
    'subscribe-prompt',
  ]),
  /** The dropped text, exactly as supplied (one line per line). */
  text: z.string().min(1),
});

export const sourceSchema = z
  .strictObject({
    /** The headline, or our title where the supplied copy has none (then titleFrom: editors). */
    title: z.string({ error: 'expected the headline as text' }).min(1, { error: 'expected a headline' }),
    /** Who wrote the title: the article, or we did because the supplied copy had none. */
    titleFrom: z.enum(['article', 'editors']).default('article'),
    /** The article's own subheading, where it has one. */
    standfirst: z.string().optional(),
    /** The publisher; where it is unknown, say why in `note` and leave `name` out. */
    outlet: z
      .strictObject({
        /** The outlet's name. */
        name: z.string().min(1).optional(),
        /** Where it is based. */
        country: z.string().optional(),
        /** Its home page, without the scheme. */
        website: z.string().optional(),
        /** The outlet's description of itself, in its own words. */
        description: z.string().optional(),
        /** What we know and don't about the outlet. */
        note: z.string().optional(),
        /** Our note in Spanish, for the Spanish edition's pages. */
        es: z.strictObject({ note: z.string().min(1) }).optional(),
      })
      .refine((o) => o.name || o.note, { error: 'expected outlet.name, or outlet.note saying why it is unknown' }),
    /** When it was published; `inferred` explains a date read from the text rather than printed. */
    published: z.strictObject(
      {
      /** The publication date: one that has come. */
      date: dayThatHasCome,
      /** The time as printed, where the article prints one. */
      time: z.string().optional(),
      /** How the date was worked out, when the article does not print it. */
      inferred: z.string().optional(),
      /** Our note in Spanish, for a reader of the Spanish edition. */
      es: z.strictObject({ inferred: z.string().min(1) }).optional(),
      },
      // Said where it is missing or not fields; a misspelt field inside it is named as unknown, as elsewhere.
      { error: (issue) => (issue.code === 'invalid_type' ? 'expected the day it was published, as `date: YYYY-MM-DD` on the next line, indented' : undefined) },
    ),
    /** The original address, where it is known. */
    url: webAddress('expected a full web address (https://…)').optional(),
    /** The author as credited. */
    byline: z.string().optional(),
    /** The article's language (BCP 47). */
    language: z
      .string({ error: 'expected a language tag, like "en" or "es"' })
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag (BCP 47), like "en", "es" or "en-US"' })
      .default('en'),
    /** One sentence, written by us, on what the article says. */
    summary: z.string({ error: 'expected one sentence, ours, on what the article says' }).min(1, { error: 'expected one sentence, ours, on what the article says' }),
    /**
     * Our words in Spanish, for the Spanish edition's pages: the summary, and the title where the title is
     * ours (titleFrom: editors). The article itself is never translated.
     */
    es: z
      .strictObject({
        /** The summary in Spanish. */
        summary: z.string().min(1),
        /** Our title in Spanish, where the supplied copy had none. */
        title: z.string().min(1).optional(),
      })
      .optional(),
    /** Page furniture dropped from the supplied text. */
    removed: z.array(removedSchema).default([]),
    /** The figures the article reports. */
    claims: z.array(claimSchema).default([]),
    /**
     * Paragraphs that speak of a strike in content/data/strikes.csv, besides those holding a claim with
     * that strike's `event` date (which count already).
     */
    strikes: z.array(strikeMentionSchema).default([]),
  });

/** One numbered block of a source's text, in reading order from 1: a paragraph, list item or photo caption, at #p-N. */
export const blockSchema = z.strictObject({
  /** Its number: the N of #p-N. */
  n: z.number().int().positive(),
  kind: z.enum(['paragraph', 'list-item', 'caption']),
  /** Its words, line breaks folded to spaces. */
  text: z.string(),
});

/**
 * A piece of a source's text as its page writes it (src/markdown/sourceHtml.ts): a numbered block, whose
 * links back the page adds, or the HTML between blocks.
 */
const pieceSchema = z.union([
  z.strictObject({ tag: z.enum(['p', 'li']), id: z.string(), class: z.string(), html: z.string() }),
  z.strictObject({ html: z.string() }),
]);

/**
 * A source as the site reads it: the frontmatter, checked, and its text as the HTML its page shows, which
 * its loader writes once per build (src/loaders/sources.ts). Its numbered blocks are read back from it
 * (`pieceBlocks`), so the entry holds the article's words once. Editors never write `html`.
 */
export const sourceEntrySchema = sourceSchema.extend({ html: z.array(pieceSchema) });

/** Block N's anchor on its source's page: "p-7". */
export const paragraphId = (n: number) => `p-${n}`;

export type Source = z.output<typeof sourceSchema>;
export type Block = z.output<typeof blockSchema>;
export type Claim = z.output<typeof claimSchema>;
export type StrikeMention = z.output<typeof strikeMentionSchema>;
