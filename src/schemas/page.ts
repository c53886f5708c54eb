import { z } from 'astro/zod';
import { dayThatHasCome } from './common';

/** A page of our own about the site, in content/pages/ (`about.mdx` is /about/): who we are and how we work. */
export const pageSchema = z.strictObject({
  /** The page's heading and title. */
  title: z.string().min(1, { error: 'expected a heading' }),
  /** One sentence for search engines and link previews. */
  description: z.string().min(1),
  /** The day its words last changed, shown under the heading: a policy says since when it holds. */
  updated: dayThatHasCome,
});

export type Page = z.output<typeof pageSchema>;
