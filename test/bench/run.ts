/**
 * `npm run bench`: builds the site with 10, 100 and 1,000 sources and prints what it costs.
 *
 * Method. Each size is a temporary copy of the site whose content/sources/ holds the five real articles
 * plus synthetic ones up to the size (test/bench/synthetic.ts: ~800 words, claims, paragraph anchors).
 * Every build is cold: a fresh output folder and an empty content cache. Build time is wall time from
 * spawning `astro build` to its exit; peak memory is the largest resident memory of the build and all its
 * child processes together, sampled every 100 ms from /proc, and so is its CPU time (all threads and child
 * processes, user and system: less at the mercy of the machine's other work than wall time). Times and memory are medians of --runs
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
 * - precache: what Cache Storage holds after a first visit with the service worker allowed, unasked (the
 *   core: src/integrations/serviceWorker.ts), and the first visit to the explainer with the worker's
 *   background work, counted at the connection (headers and bodies, as sent);
 * - save the whole site: what the footer's button adds (dist/offline.json's archive).
 * The bare build is Astro's plain MDX setup with Pagefind (test/bench/bare.ts) over the same files at the largest size;
 * the ratio is our median build time over its median. A default Starlight site (test/bench/starlight.ts) is
 * built over the same files at --starlight-size (1,000, where the scale issue compares with it) when that size
 * is measured, taking turns with ours, and ours must be the faster (the benchmark exits 1 if not).
 * "n/a" marks a feature the site does not have yet.
 *
 * Social cards (--cards, instead of the rest): at each size, builds without socialCards(), with it and an
 * empty cache (cold), and with it and only the cards' cache of the cold build (warm), taking turns; prints
 * the medians, how much slower than without, and what socialCards() said it took (test/bench/cards.ts).
 *
 * Options: --sizes 10,100,1000 (10000 too, when asked: it takes long)  --runs 5  --no-browser  --no-bare
 *   --starlight-size 1000  --no-starlight  --dev-size 1000  --cards
 */
import { cpus, totalmem } from 'node:os';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArgsProblem } from '../../src/cli/options.ts';
import { type BrowserMetrics, measureInBrowser } from './browserMetrics.ts';
import { writeBareSite } from './bare.ts';
import { STARLIGHT_SOURCES, removeStarlightDirs, starlightDir, writeStarlightSite } from './starlight.ts';
import { cardBuilds, cardSummary, withoutCards } from './cards.ts';
import { type BuildRun, folderSize, measuredBuild, median } from './measure.ts';
import { indexSize } from './searchSize.ts';
import { corpusSentences, syntheticSource } from './synthetic.ts';
import { ROOT, copySite, removeDir, tempDir } from '../helpers/site.ts';
import { startDev } from '../helpers/dev.ts';
import { builtPages } from '../helpers/pages.ts';
import type { OfflineSummary } from '../../src/scripts/offline/offlineCopy.ts';

const USAGE =
  'usage: npm run bench -- [--sizes 10,100,1000 (10000 too, when asked: it takes long)] [--runs 5] [--no-browser] [--no-bare] [--starlight-size 1000] [--no-starlight] [--dev-size 1000] [--cards]';

/** The options, or a line saying what is wrong with them (and how to give them), and exit status 1: never a stack trace. */
function options() {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '10,100,1000' },
        runs: { type: 'string', default: '5' },
        'no-browser': { type: 'boolean', default: false },
        'no-bare': { type: 'boolean', default: false },
        'starlight-size': { type: 'string', default: '1000' },
        'no-starlight': { type: 'boolean', default: false },
        'dev-size': { type: 'string', default: '1000' },
        cards: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`bench: ${parseArgsProblem(error as Error)} (${USAGE})`);
    process.exit(1);
  }
}

const { values } = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const devSize = Number(values['dev-size']);
const starlightSize = Number(values['starlight-size']);
for (const n of [...sizes, devSize, starlightSize, runs])
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: --sizes, --runs, --dev-size and --starlight-size take whole numbers of 1 or more (--sizes 10,100,1000,10000)`);
    process.exit(1);
  }

const realDir = join(ROOT, 'content/sources');
const realFiles = (await readdir(realDir)).filter((f) => f.endsWith('.mdx'));
const real = await Promise.all(realFiles.map((f) => readFile(join(realDir, f), 'utf8')));
const sentences = corpusSentences(real);

/** Fills a site's sources folder (content/sources/) with the real articles plus synthetic ones, `count` in all. */
async function writeSources(siteDir: string, count: number, folder = 'content/sources') {
  const dir = join(siteDir, folder);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(real.map((text, i) => writeFile(join(dir, realFiles[i]), text)));
  for (let i = 0; i < count - real.length; i++) {
    const { file, text } = syntheticSource(i, sentences);
    await writeFile(join(dir, file), text);
  }
}

interface SizeResult {
  sources: number;
  pages: number;
  builds: BuildRun[];
  dist: { bytes: number; files: number };
  pagefind?: { bytes: number; files: number };
  /** The vocabulary for spelling help, as it is and as the build's Brotli copy, which nginx sends. */
  vocabulary?: { bytes: number; brotli: number };
  browser?: BrowserMetrics;
  /** A build after one source changed, with the content cache and output of the build before. */
  warm?: BuildRun;
  /** `astro dev`: seconds until it serves with a search index, and until search holds a changed source. */
  dev?: { start: number; refresh: number };
  /** What the offline copy holds: the core, and the whole site on request. */
  offline?: OfflineSummary;
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
  /** The content cache of its last build, kept for a warm rebuild. */
  keepCache?: string;
  builds: BuildRun[];
}

/** Builds each target `runs` times, cold, taking turns so that a busy spell on the machine hits all alike. */
async function buildRuns(targets: Target[]): Promise<void> {
  for (let run = 1; run <= runs; run++)
    for (const target of targets) {
      const outDir = run === runs ? target.keep : await tempDir('bench-out');
      const cacheDir = await tempDir('bench-cache');
      const build = await measuredBuild(target.site, outDir, cacheDir);
      if (run === runs) target.keepCache = cacheDir;
      else await removeDir(cacheDir);
      if (outDir !== target.keep) await removeDir(outDir);
      if (!build.ok) throw new Error(`${target.label}: the build failed:\n${build.output.slice(-3000)}`);
      console.error(`  ${target.label} run ${run}/${runs}: ${build.seconds.toFixed(1)} s, ${build.cpuSeconds.toFixed(1)} s of CPU, ${mb(build.peakBytes)} MB peak`);
      target.builds.push(build);
    }
}

/** Decimal units, as the offline budget and the search figures are given: 1 kB = 1,000 bytes. */
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const or = <T>(value: T | undefined, show: (v: T) => string) => (value === undefined ? 'n/a' : show(value));

/** Adds a paragraph to one of a site's sources (its last file), as an editor's small change, with `word` in it. */
async function changeOneSource(siteDir: string, word: string): Promise<void> {
  const dir = join(siteDir, 'content/sources');
  const last = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort().at(-1)!;
  const file = join(dir, last);
  await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\nA sentence added to measure a rebuild, with the word ${word}.\n`);
}

/** The build again after one source changed, reusing the last build's content cache and output folder. */
async function warmRebuild(target: Target): Promise<BuildRun> {
  await changeOneSource(target.site, 'Quokkaville');
  const build = await measuredBuild(target.site, target.keep, target.keepCache!);
  if (!build.ok) throw new Error(`${target.label}: the warm rebuild failed:\n${build.output.slice(-3000)}`);
  console.error(`  ${target.label} warm rebuild: ${build.seconds.toFixed(1)} s, ${build.cpuSeconds.toFixed(1)} s of CPU`);
  return build;
}

/**
 * `npm run dev` on a site: seconds from starting it until it says its search index is built, then from
 * changing one source until search has been rebuilt with it (src/integrations/devSearch.ts).
 */
async function devServer(siteDir: string): Promise<{ start: number; refresh: number }> {
  const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
  const rebuilt = /Search index rebuilt from \d+ pages/;
  const started = process.hrtime.bigint();
  const dev = await startDev(siteDir);
  try {
    await dev.printed(rebuilt);
    const start = seconds(started);
    const before = dev.count(rebuilt);
    const changed = process.hrtime.bigint();
    await changeOneSource(siteDir, 'Wallabyton');
    await dev.printedTimes(rebuilt, before + 1);
    const refresh = seconds(changed);
    console.error(`  dev server: search ready in ${start.toFixed(1)} s, refreshed after a change in ${refresh.toFixed(1)} s`);
    return { start, refresh };
  } finally {
    await dev.stop();
  }
}

/** The builds of the sites ours is compared with, over the same files. */
interface Peers {
  bare?: BuildRun[];
  starlight?: BuildRun[];
}

/** Builds `count` sources (and the bare and Starlight sites over the same files, when asked) and measures the result. */
async function measureSize(count: number, withPeers: { bare: boolean; starlight: boolean }): Promise<{ result: SizeResult; peers: Peers }> {
  const targets: Target[] = [];
  /** A site to build, listed for removal as soon as each of its folders is made, whatever happens next. */
  const target = async (label: string, site: Promise<string>): Promise<Target> => {
    const made: Target = { site: await site, label: label ? `${label}, ${count} sources` : `${count} sources`, keep: '', builds: [] };
    targets.push(made);
    made.keep = await tempDir('bench-dist');
    return made;
  };
  try {
    const ours = await target('', copySite());
    const bare = withPeers.bare ? await target('bare', tempDir('bench-bare')) : undefined;
    const starlight = withPeers.starlight ? await target('Starlight', starlightDir(ROOT)) : undefined;
    await writeSources(ours.site, count);
    if (bare) {
      await writeBareSite(bare.site, join(ROOT, 'node_modules'));
      await writeSources(bare.site, count);
    }
    if (starlight) {
      await writeStarlightSite(starlight.site, join(ROOT, 'node_modules'));
      await writeSources(starlight.site, count, STARLIGHT_SOURCES);
    }
    await buildRuns(targets);
    const out = ours.keep;
    const result: SizeResult = {
      sources: count,
      pages: (await builtPages(out)).length,
      builds: ours.builds,
      dist: (await folderSize(out))!,
      pagefind: await indexSize(out).catch(() => undefined),
      vocabulary: await vocabularySize(out),
      offline: await readFile(join(out, 'offline.json'), 'utf8').then((t) => JSON.parse(t) as OfflineSummary, () => undefined),
      browser: values['no-browser'] ? undefined : await measureInBrowser(out),
    };
    result.warm = await warmRebuild(ours);
    if (count === devSize) result.dev = await devServer(ours.site);
    return { result, peers: { bare: bare?.builds, starlight: starlight?.builds } };
  } finally {
    await Promise.all(targets.flatMap((t) => [t.site, t.keep, t.keepCache].filter((dir) => dir).map((dir) => removeDir(dir!))));
  }
}

const astroVersion = JSON.parse(await readFile(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} MB memory; Node ${process.version}, Astro ${astroVersion}`);
console.log(`Method: ${runs} cold build(s) per size, medians; see test/bench/run.ts.\n`);

if (values.cards) {
  const rows: string[] = [];
  for (const size of sizes) {
    const [withCards, without] = [await copySite(), await copySite()];
    try {
      for (const site of [withCards, without]) await writeSources(site, size);
      await withoutCards(without);
      rows.push(cardSummary(size, await cardBuilds(withCards, without, runs, (line) => console.error(line))));
    } finally {
      await Promise.all([withCards, without].map(removeDir));
    }
  }
  console.log('| sources | build without cards (s) | with cards, cold (s) | cards, cold (s) | with cards, warm (s) | cards, warm (s) |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  process.exit(0);
}

const largest = Math.max(...sizes);
if (!values['no-starlight']) {
  await removeStarlightDirs(ROOT);
  if (!sizes.includes(starlightSize))
    console.error(`bench: no Starlight build in this run: --starlight-size ${starlightSize} is not among --sizes ${values.sizes}`);
}
const results: SizeResult[] = [];
let bare: BuildRun[] | undefined;
let starlight: BuildRun[] | undefined;
for (const size of sizes) {
  const measured = await measureSize(size, {
    bare: size === largest && !values['no-bare'],
    starlight: size === starlightSize && !values['no-starlight'],
  });
  results.push(measured.result);
  bare ??= measured.peers.bare;
  starlight ??= measured.peers.starlight;
}

const columns = [
  'sources',
  'pages',
  'build (s)',
  'peak memory (MB)',
  'warm rebuild (s)',
  'pages/s',
  'dist (MB, files)',
  'Pagefind index (kB, files)',
  'precache (kB, files)',
  'first visit with worker (kB)',
  'save whole site (MB)',
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
    or(r.warm, (w) => w.seconds.toFixed(1)),
    (r.pages / seconds).toFixed(0),
    `${mb(r.dist.bytes)}, ${r.dist.files}`,
    or(r.pagefind, (p) => `${kb(p.bytes)}, ${p.files}`),
    or(b?.precache, (p) => `${kb(p.bytes)}, ${p.entries}`),
    or(b?.firstVisitWithWorker, kb),
    or(r.offline, (o) => mb(o.archive.bytes)),
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
for (const r of results)
  if (r.dev)
    console.log(`\nDev server (npm run dev), ${r.sources} sources: search ready ${r.dev.start.toFixed(1)} s after starting; refreshed ${r.dev.refresh.toFixed(1)} s after a source changed.`);
// The budgets README states, checked at every size measured; the benchmark exits 1 when one is over.
const inKb = (n: number) => `${kb(n)} kB`;
const inMb = (n: number) => `${mb(n)} MB`;
const budgets: { name: string; limit: number; show: (n: number) => string; value: (r: SizeResult) => number | undefined }[] = [
  { name: 'a source page, first visit', limit: 35_000, show: inKb, value: (r) => r.browser?.source?.wireBytes },
  { name: 'a strike page, first visit', limit: 35_000, show: inKb, value: (r) => r.browser?.strike?.wireBytes },
  { name: 'the explainer with its charts, first visit', limit: 100_000, show: inKb, value: (r) => r.browser?.explainer.wireBytes },
  { name: 'a first search', limit: 150_000, show: inKb, value: (r) => r.browser?.firstSearchBytes },
  { name: 'the explainer’s first visit with the service worker’s background work', limit: 2_000_000, show: inMb, value: (r) => r.browser?.firstVisitWithWorker },
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

/** How our builds at `size` compare with a peer's over the same files, taking turns with them. */
function comparison(name: string, size: number, peer: BuildRun[]): number {
  const ourBuilds = results.find((r) => r.sources === size)!.builds;
  const ours = median(ourBuilds.map((b) => b.seconds));
  const theirs = median(peer.map((b) => b.seconds));
  // Our builds and the peer's took turns, a round at a time, so a pair shared the machine's load of the moment.
  const paired = median(ourBuilds.map((b, i) => b.seconds / peer[i].seconds));
  const [ourCpu, theirCpu] = [ourBuilds, peer].map((runs) => median(runs.map((b) => b.cpuSeconds)));
  const [ourPeak, theirPeak] = [ourBuilds, peer].map((runs) => median(runs.map((b) => b.peakBytes)));
  console.log(
    `\n${name}, ${size} sources: ${theirs.toFixed(1)} s (median), ${mb(theirPeak)} MB peak.` +
      ` Our build takes ${(ours / theirs).toFixed(2)}× as long (ratio of medians; median of paired ratios ${paired.toFixed(2)}×),` +
      ` ${(ourCpu! / theirCpu!).toFixed(2)}× the CPU time (${ourCpu!.toFixed(1)} s against ${theirCpu!.toFixed(1)} s, medians)` +
      ` and ${(ourPeak / theirPeak).toFixed(2)}× the peak memory.`,
  );
  return ours / theirs;
}

if (bare) comparison('Bare Astro + MDX + Pagefind', largest, bare);
if (starlight) {
  const starlightVersion = JSON.parse(await readFile(join(ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version;
  const ratio = comparison(`A default Starlight ${starlightVersion} site`, starlightSize, starlight);
  // The scale issue asks for a build faster than a default Starlight site's of the same files.
  console.log(`Faster than Starlight? ${ratio < 1 ? 'yes' : 'NO'}`);
  if (ratio >= 1) process.exitCode = 1;
}
