import { z } from 'astro/zod';
import { defaultLocale, isLocale, type Locale } from '../site';
import { dayThatHasCome } from './common';

/** One entry of the explainer's public log: what changed, and when. */
export const logEntrySchema = z.strictObject({
  /** The day of the change. */
  date: dayThatHasCome,
  /** An update adds or brings up to date; a correction fixes something we got wrong. */
  kind: z.enum(['update', 'correction'], { error: 'expected update or correction' }),
  /** What changed, in a sentence a reader can check. */
  text: z.string().min(1),
});

export const explainerSchema = z
  .strictObject({
    /** The headline. */
    title: z.string().min(1, { error: 'expected a headline' }),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(1),
    /** The day it was first published. */
    published: dayThatHasCome,
    /** The day of its latest change; must match the newest log entry, if any. */
    updated: dayThatHasCome,
    /** Updates and corrections, newest first. */
    log: z.array(logEntrySchema).default([]),
    /**
     * In a translation only: the English revision it translates, the English page's `updated` when the
     * translation was last brought up to date. The build warns when the English has changed since.
     */
    translates: dayThatHasCome.optional(),
  })
  .superRefine((data, ctx) => {
    const newest = data.log[0]?.date;
    if (newest && newest.getTime() !== data.updated.getTime())
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'expected the date of the newest log entry' });
  });

export type Explainer = z.output<typeof explainerSchema>;
export type LogEntry = z.output<typeof logEntrySchema>;

/**
 * The edition an explainer file is written for: a file in content/explainer/ is English, one in
 * content/explainer/es/ is the Spanish translation of the file of the same name.
 */
export function localeOfExplainer(file: string): Locale {
  const folder = /(?:^|\/)content\/explainer\/([^/]+)\//.exec(file)?.[1];
  return isLocale(folder) ? folder : defaultLocale;
}

/** The English file a translation translates: content/explainer/es/index.mdx → content/explainer/index.mdx. */
export const originalOf = (file: string) => file.replace(/(^|\/)(content\/explainer\/)[^/]+\//, '$1$2');
