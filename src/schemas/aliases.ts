import { z } from 'astro/zod';
import { nameKey } from '../format/words';

/** One name, as pages print it. */
const name = z
  .string({ error: 'expected a name, as pages print it' })
  .trim()
  .refine((text) => nameKey(text) !== '', { error: 'expected a name with a letter or a digit in it' });

/** One thing and every name the sources give it: a query holding one name is searched in each. */
export const aliasGroupSchema = z.strictObject({
  /** Two or more names for the one thing, as printed: English and Spanish forms, abbreviations, titles. */
  names: z.array(name, { error: 'expected a list of names: names: [Cartel of the Suns, Cartel de los Soles]' }).min(2, {
    error: (issue) =>
      `${(issue.input as unknown[]).length ? 'one name is' : 'an empty group is'} no group: list two or more names for one thing, or remove the entry`,
  }),
  /** Why these names are one thing, or where each is printed: for editors; readers never see it. */
  note: z.string({ error: 'expected a sentence for editors' }).trim().optional(),
});

/**
 * content/search/aliases.yml: a list of groups. A name may be in one group only (compared as search
 * compares words: case, accents and punctuation aside), or a query holding it would be searched in two
 * things' names.
 */
export const aliasesSchema = z.array(aliasGroupSchema, { error: 'expected a list of groups, each "- names: [...]"' }).superRefine((groups, ctx) => {
  const seen = new Map<string, number>();
  groups.forEach((group, i) =>
    group.names.forEach((text, j) => {
      const key = nameKey(text);
      const first = seen.get(key);
      if (first === undefined) return void seen.set(key, i);
      const where = first === i ? 'earlier in this group' : `in group ${first + 1} (${groups[first]!.names[0]})`;
      ctx.addIssue({ code: 'custom', path: [i, 'names', j], message: `"${text}" is already ${where}: a name belongs to one group; keep it once` });
    }),
  );
});

export type AliasGroup = z.output<typeof aliasGroupSchema>;
