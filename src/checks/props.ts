import type { z } from 'astro/zod';
import { fieldPath } from './problems';

/**
 * What is wrong with a component's props against its schema, each naming the component, the prop and what
 * was expected: an empty list where they are right.
 */
export function propProblems(component: string, schema: z.ZodType, props: Record<string, unknown>): string[] {
  const result = schema.safeParse(props);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const prop = fieldPath(issue.path) || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'props');
    return `<${component}> ${prop}: ${issue.code === 'unrecognized_keys' ? `unknown prop; expected only ${Object.keys((schema as unknown as z.ZodObject).shape ?? {}).join(', ')}` : issue.message}`;
  });
}

/**
 * Checks a component's props against its schema, so an editor's typo in MDX stops the build with the
 * component, the prop and what was expected, instead of rendering a broken page. `npm run check` and the
 * build name the same mistakes in MDX at their lines first (src/checks/componentCheck.ts).
 */
export function checkProps<S extends z.ZodType>(component: string, schema: S, props: Record<string, unknown>): z.output<S> {
  // Astro passes scoping attributes (data-astro-cid-…) to components on pages with scoped styles.
  const own = Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith('data-astro-')));
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  throw new Error(propProblems(component, schema, own).join('\n'));
}
