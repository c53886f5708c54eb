import { z } from 'astro/zod';
import { dayThatHasCome } from './common';
import { regions } from './strike';

/** content/data/charts.yml: what the charts say that their data cannot, an editor's choice each. */
export const chartSettingsSchema = z.strictObject({
  /** The day the strikes-over-time summary gives the count on: "Up to and including 15 November 2025, there had been …". */
  checkpoint: dayThatHasCome,
  /** How a sentence names each region of strikes.csv, as in "in the eastern Pacific": every region, once. */
  regions: z.record(
    z.enum(regions, { error: `expected the regions of strikes.csv, each once: ${regions.join(', ')}` }),
    z.string({ error: 'expected how a sentence names the region, like "the eastern Pacific"' }).trim().min(1, { error: 'expected how a sentence names the region' }),
    { error: `expected the regions of strikes.csv, each once: ${regions.join(', ')}` },
  ),
});

export type ChartSettings = z.output<typeof chartSettingsSchema>;
