import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildRun, measuredBuild, median } from './measure.ts';
import { removeDir, tempDir } from '../helpers/site.ts';

/** The line that lists socialCards() in astro.config.mjs. */
const CARDS_LINE = /^\s*socialCards\(\),\n/m;

/** A site copy without social cards: socialCards() taken out of its config (the pages still name their cards). */
export async function withoutCards(siteDir: string) {
  const config = join(siteDir, 'astro.config.mjs');
  const text = await readFile(config, 'utf8');
  if (!CARDS_LINE.test(text)) throw new Error('bench: astro.config.mjs no longer lists socialCards() on a line of its own');
  await writeFile(config, text.replace(CARDS_LINE, ''));
}

/** What one build's socialCards() said it did: how many it drew, and how long it took. */
export function cardsLine(output: string): { drawn: number; cached: number; seconds: number } | undefined {
  const m = /Social cards: \d+ cards and \d+ chart images, (\d+) drawn, (\d+) from the cache \(([\d.]+) s\)/.exec(output);
  return m ? { drawn: Number(m[1]), cached: Number(m[2]), seconds: Number(m[3]) } : undefined;
}

export interface CardRuns {
  without: BuildRun[];
  cold: BuildRun[];
  warm: BuildRun[];
}

/**
 * What social cards cost a build, `runs` times in turn: the site without them, with them and an empty
 * cache (cold: every card drawn), and with them and only the cards' cache kept from the cold build
 * (warm: nothing drawn, every card copied). Each build's other caches are empty, so only the cards differ.
 */
export async function cardBuilds(withCards: string, without: string, runs: number, log: (line: string) => void): Promise<CardRuns> {
  const result: CardRuns = { without: [], cold: [], warm: [] };
  const build = async (site: string, label: string, cacheDir: string) => {
    const outDir = await tempDir('bench-cards-out');
    try {
      const run = await measuredBuild(site, outDir, cacheDir);
      if (!run.ok) throw new Error(`${label}: the build failed:\n${run.output.slice(-3000)}`);
      const cards = cardsLine(run.output);
      log(`  ${label}: ${run.seconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(1)} s of CPU${cards ? ` (cards: ${cards.drawn} drawn, ${cards.cached} from the cache, ${cards.seconds} s)` : ''}`);
      return run;
    } finally {
      await removeDir(outDir);
    }
  };
  for (let run = 1; run <= runs; run++) {
    const [empty, cold, warm] = [await tempDir('bench-cache'), await tempDir('bench-cache'), await tempDir('bench-cache')];
    try {
      result.without.push(await build(without, `without cards, run ${run}`, empty));
      result.cold.push(await build(withCards, `cards, cold, run ${run}`, cold));
      await cp(join(cold, 'social-cards'), join(warm, 'social-cards'), { recursive: true });
      result.warm.push(await build(withCards, `cards, warm, run ${run}`, warm));
    } finally {
      await Promise.all([empty, cold, warm].map(removeDir));
    }
  }
  return result;
}

/** The summary line: each median, and how much slower than without cards (ratio of medians). */
export function cardSummary(count: number, runs: CardRuns): string {
  const [without, cold, warm] = [runs.without, runs.cold, runs.warm].map((r) => median(r.map((b) => b.seconds)));
  const slower = (s: number) => `${s >= without! ? '+' : ''}${(((s - without!) / without!) * 100).toFixed(1)}%`;
  const cardSeconds = (r: BuildRun[]) => median(r.map((b) => cardsLine(b.output)?.seconds ?? 0)).toFixed(1);
  return (
    `| ${count} | ${without!.toFixed(1)} | ${cold!.toFixed(1)} (${slower(cold!)}) | ${cardSeconds(runs.cold)} | ` +
    `${warm!.toFixed(1)} (${slower(warm!)}) | ${cardSeconds(runs.warm)} |`
  );
}
