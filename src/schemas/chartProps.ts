import { z } from 'astro/zod';

/** Each chart's MDX component and its figure's default id: the same in every edition, so a figure keeps its address. */
export const CHARTS = {
  strikesOverTime: { component: 'StrikesOverTime', id: 'strikes-over-time' },
  eachStrike: { component: 'EachStrike', id: 'each-strike' },
  strikeMap: { component: 'StrikeMap', id: 'strike-map' },
  whoReported: { component: 'WhoReported', id: 'who-reported' },
} as const;

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

