import { z } from 'astro/zod';

/** The props every chart component takes in MDX, with the chart's own default id. */
export const chartProps = (defaultId: string) =>
  z.strictObject({
    /** The figure's id, unique on the page. */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected lower-case letters, digits and hyphens' })
      .default(defaultId),
    /** Overrides the default caption. */
    caption: z.string().optional(),
  });

