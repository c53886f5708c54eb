/**
 * `npm run bench`: builds the site with 10, 100 and 1,000 sources and prints what it costs.
 *
 * Method. Each size is a temporary copy of the site whose content/sources/ holds the five real articles
 * plus synthetic ones up to the size (test/bench/synthetic.ts: ~800 words, claims, paragraph anchors).
 * Every build is cold: a fresh output folder and an empty content cache. Build time is wall time from
 * spawning `astro build` to its exit; peak memory is the largest resident memory of the build and all its
 * child processes together, sampled every 100 ms from /proc. Times and memory are medians of --runs
 * builds (default 5); at the largest size our builds and the bare ones take turns.
 * Measured once per size in Chromium on 127.0.0.1, from the server `npm start` runs (test/helpers/server.ts:
 * nginx with the generated config where installed: text precompressed at build, sent as Brotli to Chromium;
 * Pagefind's index and WebAssembly files as they are, gzipped already).
 * Bytes are response bodies as they came over the wire, as Chromium counted them:
 * - page weight: every response of a first visit with no service worker; the source page is the first
 *   real article's and the strike page the first strike's, the same at every size;
 * - search: bytes fetched by typing two words in turn into the search box of a source page, counted from
 *   focusing it, so the first includes the search code and the alias groups (Pagefind's API when there is
 *   no box), with no service worker; then a misspelt name, whose spelling help loads its code and the
 *   vocabulary (which the first two must not fetch: the benchmark fails if they do, or if it does not);
 * - vocabulary: the size of dist/pagefind/vocabulary.json, as it is and as the build's Brotli copy that nginx sends;
 * - precache: what Cache Storage holds after a first visit with the service worker allowed.
 * The offline copy's size budget is lifted in the copies, so that a build past it is still measured.
 * The bare build is Astro's plain MDX setup (test/bench/bare.ts) over the same files at the largest size;
 * the ratio is our median build time over its median. "n/a" marks a feature the site does not have yet.
 *
 * Options: --sizes 10,100,1000  --runs 5  --no-browser  --no-bare
 */
import { cpus, totalmem } from 'node:os';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserMetrics, measureInBrowser } from './browserMetrics.ts';
import { writeBareSite } from './bare.ts';
import { type BuildRun, folderSize, measuredBuild, median } from './measure.ts';
import { indexSize } from './searchSize.ts';
import { corpusSentences, syntheticSource } from './synthetic.ts';
import { ROOT, copySite, removeDir, tempDir } from '../helpers/site.ts';
import { builtPages } from '../helpers/pages.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    runs: { type: 'string', default: '5' },
    'no-browser': { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const realDir = join(ROOT, 'content/sources');
const realFiles = (await readdir(realDir)).filter((f) => f.endsWith('.mdx'));
const real = await Promise.all(realFiles.map((f) => readFile(join(realDir, f), 'utf8')));
const sentences = corpusSentences(real);

/** Fills a site's content/sources/ with the real articles plus synthetic ones, `count` in all. */
async function writeSources(siteDir: string, count: number) {
  const dir = join(siteDir, 'content/sources');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(real.map((text, i) => writeFile(join(dir, realFiles[i]), text)));
  for (let i = 0; i < count - real.length; i++) {
    const { file, text } = syntheticSource(i, sentences);
    await writeFile(join(dir, file), text);
  }
}

/**
 * Lifts the offline copy's size budget in a site copy, so that a build past it is still measured; the
 * table's precache column shows what the budget would have been checked against.
 */
async function liftOfflineBudget(siteDir: string) {
  const config = join(siteDir, 'astro.config.mjs');
  const text = await readFile(config, 'utf8');
  await writeFile(config, text.replace(OFFLINE_BUDGET, 'offline({ maxBytes: Number.MAX_SAFE_INTEGER })'));
}

/** The offline copy's budget as astro.config.mjs sets it: `offline({ maxBytes: 50_000_000 })`. */
const OFFLINE_BUDGET = /offline\(\{ maxBytes: ([\d_]+) \}\)/;
const offlineBudget = Number(OFFLINE_BUDGET.exec(await readFile(join(ROOT, 'astro.config.mjs'), 'utf8'))![1].replaceAll('_', ''));

interface SizeResult {
  sources: number;
  pages: number;
  builds: BuildRun[];
  dist: { bytes: number; files: number };
  pagefind?: { bytes: number; files: number };
  /** The vocabulary for spelling help, as it is and as the build's Brotli copy, which nginx sends. */
  vocabulary?: { bytes: number; brotli: number };
  browser?: BrowserMetrics;
}

/** The size of the vocabulary file of a built site, as it is and as Brotli; undefined where there is none. */
async function vocabularySize(dir: string) {
  const file = join(dir, 'pagefind/vocabulary.json');
  const [text, brotli] = await Promise.all([readFile(file), readFile(`${file}.br`)].map((read) => read.catch(() => undefined)));
  return text && brotli && { bytes: text.byteLength, brotli: brotli.byteLength };
}

/** A site to build: its folder, a name for the log, and where its last build is kept for measuring. */
interface Target {
  site: string;
  label: string;
  keep: string;
  builds: BuildRun[];
}

/** Builds each target `runs` times, cold, taking turns so that a busy spell on the machine hits all alike. */
async function buildRuns(targets: Target[]): Promise<void> {
  for (let run = 1; run <= runs; run++)
    for (const target of targets) {
      const outDir = run === runs ? target.keep : await tempDir('bench-out');
      const cacheDir = await tempDir('bench-cache');
      const build = await measuredBuild(target.site, outDir, cacheDir);
      await removeDir(cacheDir);
      if (outDir !== target.keep) await removeDir(outDir);
      if (!build.ok) throw new Error(`${target.label}: the build failed:\n${build.output.slice(-3000)}`);
      console.error(`  ${target.label} run ${run}/${runs}: ${build.seconds.toFixed(1)} s, ${mb(build.peakBytes)} MB peak`);
      target.builds.push(build);
    }
}

/** Decimal units, as the offline budget and the search figures are given: 1 kB = 1,000 bytes. */
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const or = <T>(value: T | undefined, show: (v: T) => string) => (value === undefined ? 'n/a' : show(value));

/** Builds `count` sources (and the bare site over the same files, when asked) and measures the result. */
async function measureSize(count: number, withBare: boolean): Promise<{ result: SizeResult; bare?: BuildRun[] }> {
  const ours: Target = { site: await copySite(), label: `${count} sources`, keep: await tempDir('bench-dist'), builds: [] };
  const bare: Target = { site: await tempDir('bench-bare'), label: `bare, ${count} sources`, keep: await tempDir('bench-bare-dist'), builds: [] };
  try {
    await writeSources(ours.site, count);
    await liftOfflineBudget(ours.site);
    if (withBare) {
      await writeBareSite(bare.site, join(ROOT, 'node_modules'));
      await writeSources(bare.site, count);
    }
    await buildRuns(withBare ? [ours, bare] : [ours]);
    const out = ours.keep;
    const result: SizeResult = {
      sources: count,
      pages: (await builtPages(out)).length,
      builds: ours.builds,
      dist: (await folderSize(out))!,
      pagefind: await indexSize(out).catch(() => undefined),
      vocabulary: await vocabularySize(out),
      browser: values['no-browser'] ? undefined : await measureInBrowser(out),
    };
    return { result, bare: withBare ? bare.builds : undefined };
  } finally {
    await Promise.all([ours, bare].flatMap((t) => [removeDir(t.site), removeDir(t.keep)]));
  }
}

const astroVersion = JSON.parse(await readFile(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} MB memory; Node ${process.version}, Astro ${astroVersion}`);
console.log(`Method: ${runs} cold build(s) per size, medians; see test/bench/run.ts.\n`);

const largest = Math.max(...sizes);
const results: SizeResult[] = [];
let bare: BuildRun[] | undefined;
for (const size of sizes) {
  const measured = await measureSize(size, size === largest && !values['no-bare']);
  results.push(measured.result);
  bare ??= measured.bare;
}

const columns = [
  'sources',
  'pages',
  'build (s)',
  'peak memory (MB)',
  'pages/s',
  'dist (MB, files)',
  'Pagefind index (kB, files)',
  'precache (kB, files)',
  'JS on explainer (kB)',
  'JS on a source page (kB)',
  'explainer first visit (kB)',
  'source page first visit (kB)',
  'strike page first visit (kB)',
  '1st search (kB)',
  '2nd search (kB)',
  'misspelt search (kB)',
  'vocabulary (kB, Brotli)',
];
console.log(`| ${columns.join(' | ')} |`);
console.log(`|${columns.map(() => '---:').join('|')}|`);
for (const r of results) {
  const seconds = median(r.builds.map((b) => b.seconds));
  const b = r.browser;
  const cells = [
    r.sources,
    r.pages,
    seconds.toFixed(1),
    mb(median(r.builds.map((x) => x.peakBytes))),
    (r.pages / seconds).toFixed(0),
    `${mb(r.dist.bytes)}, ${r.dist.files}`,
    or(r.pagefind, (p) => `${kb(p.bytes)}, ${p.files}`),
    or(b?.precache, (p) => `${kb(p.bytes)}, ${p.entries}`),
    or(b?.explainer, (w) => kb(w.jsBytes)),
    or(b?.source, (w) => kb(w.jsBytes)),
    or(b?.explainer, (w) => kb(w.wireBytes)),
    or(b?.source, (w) => kb(w.wireBytes)),
    or(b?.strike, (w) => kb(w.wireBytes)),
    or(b?.firstSearchBytes, kb),
    or(b?.secondSearchBytes, kb),
    or(b?.spellingSearchBytes, kb),
    or(r.vocabulary, (v) => `${kb(v.bytes)}, ${kb(v.brotli)}`),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
// The budgets README states, checked at every size measured; the benchmark exits 1 when one is over.
const inKb = (n: number) => `${kb(n)} kB`;
const inMb = (n: number) => `${mb(n)} MB`;
const budgets: { name: string; limit: number; show: (n: number) => string; value: (r: SizeResult) => number | undefined }[] = [
  { name: 'a source page, first visit', limit: 35_000, show: inKb, value: (r) => r.browser?.source?.wireBytes },
  { name: 'a strike page, first visit', limit: 35_000, show: inKb, value: (r) => r.browser?.strike?.wireBytes },
  { name: 'the explainer with its charts, first visit', limit: 100_000, show: inKb, value: (r) => r.browser?.explainer.wireBytes },
  { name: 'a first search', limit: 150_000, show: inKb, value: (r) => r.browser?.firstSearchBytes },
  { name: 'the offline copy', limit: offlineBudget, show: inMb, value: (r) => r.browser?.precache?.bytes },
];
console.log('\nBudgets:');
for (const budget of budgets) {
  const measured = results.filter((r) => budget.value(r) !== undefined);
  if (!measured.length) continue;
  const over = measured.filter((r) => budget.value(r)! > budget.limit);
  const worst = Math.max(...measured.map((r) => budget.value(r)!));
  if (over.length) process.exitCode = 1;
  console.log(
    `- ${budget.name}: under ${budget.show(budget.limit)}? ` +
      (over.length ? `NO at ${over.map((r) => `${r.sources} sources`).join(', ')}` : 'yes') +
      ` (largest ${budget.show(worst)})`,
  );
}

// What each search fetched besides Pagefind: the alias groups with the first, the vocabulary only for the misspelt one.
const fetched = results.flatMap((r) => (r.browser?.fetched ? [{ sources: r.sources, fetched: r.browser.fetched }] : []));
if (fetched.length) {
  console.log('\nFetched by the 1st, 2nd and misspelt searches:');
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  for (const { sources, fetched: f } of fetched)
    console.log(`- ${sources} sources: alias groups ${f.map((x) => yes(x.aliases)).join(', ')}; vocabulary ${f.map((x) => yes(x.vocabulary)).join(', ')}`);
  // The vocabulary is for a query that needs it: a search that needs no spelling help must not fetch it.
  if (fetched.some(({ fetched: f }) => f.slice(0, 2).some((x) => x.vocabulary) || !f[2]?.vocabulary)) process.exitCode = 1;
}

if (bare) {
  const ourBuilds = results.find((r) => r.sources === largest)!.builds;
  const ours = median(ourBuilds.map((b) => b.seconds));
  const theirs = median(bare.map((b) => b.seconds));
  // Each of our builds ran right before a bare one, so a pair shared the machine's load of the moment.
  const paired = median(ourBuilds.map((b, i) => b.seconds / bare[i].seconds));
  console.log(
    `\nBare Astro + MDX, ${largest} sources: ${theirs.toFixed(1)} s (median), ${mb(median(bare.map((b) => b.peakBytes)))} MB peak.` +
      ` Our build takes ${(ours / theirs).toFixed(2)}× as long (ratio of medians; median of paired ratios ${paired.toFixed(2)}×).`,
  );
}
