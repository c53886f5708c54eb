import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { CARD_SIZE, type CardSpec } from '../cards/cards';
import { CARD_FONT, cardLayout, placeChart } from '../cards/layout';
import { drawingSize } from '../charts/standalone';
import { wordsFor } from '../i18n/words';
import { locales } from '../site';

/** The font files cards and chart images are drawn with, from @fontsource/noto-sans: Latin and Latin Extended, three weights. */
const FONT_FILES = ([400, 600, 700] as const).flatMap((weight) => ['latin', 'latin-ext'].map((subset) => ({ weight, file: `noto-sans-${subset}-${weight}-normal.woff` })));

/** The fonts, read once: for satori (which lays text out and draws it as paths) and for resvg (chart text). */
export interface CardFonts {
  satori: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[];
  buffers: Buffer[];
  /** A hash of the font files: a new version of the font draws every card again. */
  hash: string;
}

export async function loadCardFonts(): Promise<CardFonts> {
  // The package exports only its stylesheet; its font files sit beside it.
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans')), 'files');
  const fonts = await Promise.all(FONT_FILES.map(async ({ weight, file }) => ({ weight, data: await readFile(join(dir, file)) })));
  const hash = createHash('sha256');
  for (const f of fonts) hash.update(f.data);
  return {
    satori: fonts.map(({ weight, data }) => ({ name: CARD_FONT, data, weight, style: 'normal' as const })),
    buffers: fonts.map((f) => f.data),
    hash: hash.digest('hex'),
  };
}

/** resvg's font options, with the font buffers it reads. */
type FontOptions = NonNullable<ResvgRenderOptions['font']> & { fontBuffers: Buffer[] };

/** An SVG drawn to PNG by resvg with the cards' fonts only (none of the machine's), at `zoom` times its size. */
export function drawPng(svg: string, fonts: CardFonts, zoom = 1): Buffer {
  // Zoomed by the size the SVG asks for: resvg-js 2.6 ignores `fitTo` when it is given font buffers.
  const { width, height } = drawingSize(svg);
  const sized = svg.replace(/^<svg\b[^>]*>/, (root) =>
    root.replace(/ (width|height)="[^"]*"/g, '').replace(/>$/, ` width="${Math.round(width * zoom)}" height="${Math.round(height * zoom)}">`),
  );
  // resvg-js reads font buffers (WOFF included; `fontFiles` reads no WOFF) since 2.5, though its Node types
  // do not list them yet: the tests check that the words are drawn. Reading them is a good part of a card's
  // time, and satori draws a card's own words as paths: only a drawing with text (a chart) needs them.
  const font: FontOptions = /<text[\s>]/.test(svg)
    ? { fontBuffers: fonts.buffers, loadSystemFonts: false, defaultFontFamily: CARD_FONT }
    : { fontBuffers: [], loadSystemFonts: false };
  return new Resvg(sized, { font }).render().asPng();
}

/** A card as a PNG: laid out by satori, drawn by resvg. */
export async function drawCard(spec: CardSpec, mark: string, fonts: CardFonts): Promise<Buffer> {
  // satori's types want a React element; the layout is one in all but name.
  const { element, chart } = cardLayout(spec, mark);
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori });
  return drawPng(placeChart(svg, chart), fonts);
}

/**
 * Draws each PNG a build needs, or copies it from the cache when what it is drawn from has not changed:
 * the cache is a folder of PNGs named by a hash of their input (and of the fonts and the drawing code),
 * and keeps only what the latest build used.
 */
export class PngCache {
  readonly used = new Set<string>();
  drawn = 0;
  cached = 0;
  readonly dir: string;
  readonly salt: string;
  constructor(dir: string, salt: string) {
    this.dir = dir;
    this.salt = salt;
  }

  async make(input: string, out: string, draw: () => Promise<Buffer> | Buffer) {
    const key = createHash('sha256').update(this.salt).update('\0').update(input).digest('hex').slice(0, 32);
    const cached = join(this.dir, `${key}.png`);
    this.used.add(`${key}.png`);
    await mkdir(dirname(out), { recursive: true });
    try {
      await copyFile(cached, out);
      this.cached++;
      return;
    } catch {
      // Not drawn before (or removed by another build's pruning since): draw it now.
    }
    const png = await draw();
    await writeFile(out, png);
    this.drawn++;
    // Written beside its final name and renamed, so that no build ever copies a half-written file; the
    // cache only saves time, so a failure to keep a copy is no failure of the build.
    const temporary = `${cached}.${process.pid}.tmp`;
    await writeFile(temporary, png)
      .then(() => rename(temporary, cached))
      .catch(() => rm(temporary, { force: true }));
  }

  /** Removes what this build did not use. */
  async prune() {
    // Another build's copy being written (*.tmp) is left alone.
    for (const name of await readdir(this.dir).catch(() => [])) if (name.endsWith('.png') && !this.used.has(name)) await rm(join(this.dir, name), { force: true });
  }
}

/**
 * Draws cards on worker threads (src/integrations/cardWorker.ts), one per core, so that a build with many
 * new cards uses every core while the main thread waits. The threads start with the first card to draw:
 * a build whose cards all come from the cache starts none.
 */
export class CardPool {
  readonly size: number;
  readonly #start: () => Worker;
  #workers: { worker: Worker; pending: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }> }[] = [];
  #next = 0;

  /** `root` is the project's folder: the worker is its TypeScript, run as the commands run it (src/cli/loadTs.mjs). */
  constructor(root: string, mark: string, size = availableParallelism()) {
    this.size = Math.max(1, size);
    this.#start = () =>
      new Worker(join(root, 'src/integrations/cardWorker.ts'), {
        workerData: { mark },
        execArgv: ['--disable-warning=ExperimentalWarning', '--import', pathToFileURL(join(root, 'src/cli/loadTs.mjs')).href],
      });
  }

  draw(spec: CardSpec): Promise<Buffer> {
    if (this.#workers.length < this.size) {
      const worker = this.#start();
      const entry = { worker, pending: new Map() };
      const fail = (error: Error) => {
        for (const { reject } of entry.pending.values()) reject(new Error(`social cards: a drawing thread failed: ${error.message}`));
        entry.pending.clear();
      };
      worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = entry.pending.get(id)!;
        entry.pending.delete(id);
        if (error !== undefined) job.reject(new Error(`social cards: ${error}`));
        else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`it stopped with code ${code}`)));
      this.#workers.push(entry);
    }
    // The thread with the fewest cards waiting.
    const entry = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.#next++;
    return new Promise<Buffer>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, spec });
    });
  }

  async close() {
    const workers = this.#workers;
    this.#workers = [];
    for (const { worker } of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

/** The code that decides what a card or chart image looks like for the same input, besides the packages below: its layout and its words in each edition. */
const DRAWING_CODE = ['src/cards/layout.ts', 'src/integrations/socialCards.ts', ...locales.map((locale) => `src/i18n/${locale}/cards.ts`)];

/**
 * What every drawing depends on besides its own input: the drawing code's text and the versions of satori
 * and resvg. A change to any draws every card again; no version to remember to raise.
 */
async function drawingVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(await readFile(join(root, file))).update('\0');
  // Every card shows the site's name, and the site's card its description, in the card's edition.
  for (const locale of locales) hash.update(JSON.stringify(wordsFor(locale).site, ['name', 'description'])).update('\0');
  const require = createRequire(import.meta.url);
  for (const name of ['satori', '@resvg/resvg-js']) hash.update(JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')).version).update('\0');
  return hash.digest('hex');
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachAtOnce<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** Every file below `dir` whose name ends in `ending`, as paths relative to `dir`, sorted. */
async function filesEnding(dir: string, ending: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(ending)).sort();
}

/**
 * Social cards and chart images, after the pages are written: each `dist/cards/<name>.json` (what a
 * page's card shows, written by src/pages/cards/) becomes `dist/cards/<name>.png`, 1200 × 630, and the
 * JSON is removed; each chart's SVG download, `dist/charts/<id>.svg`, gets its PNG at twice its size.
 * List it before offline() and host().
 */
export default function socialCards(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'strikes:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const fonts = await loadCardFonts();
        const mark = await readFile(join(site, 'favicon.svg'), 'utf8');
        await mkdir(cacheDir, { recursive: true });
        const cache = new PngCache(cacheDir, `${await drawingVersion(root)}\0${fonts.hash}\0${mark}`);
        const pool = new CardPool(root, mark);
        const cards = await filesEnding(join(site, 'cards'), '.json');
        try {
          // A few cards at a time per thread: the threads always have the next one, and the main thread
          // copies those the cache holds meanwhile.
          await eachAtOnce(cards, 4 * pool.size, async (name) => {
            const file = join(site, 'cards', name);
            const json = await readFile(file, 'utf8');
            await cache.make(`card\0${json}`, file.replace(/\.json$/, '.png'), () => pool.draw(JSON.parse(json) as CardSpec));
            await rm(file);
          });
        } finally {
          await pool.close();
        }
        const charts = (await filesEnding(join(site, 'charts'), '.svg')).filter((n) => !n.includes('/'));
        for (const name of charts) {
          const file = join(site, 'charts', name);
          const svg = await readFile(file, 'utf8');
          await cache.make(`chart\0${svg}`, file.replace(/\.svg$/, '.png'), () => drawPng(svg, fonts, 2));
        }
        await cache.prune();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Social cards: ${cards.length} cards and ${charts.length} chart images, ${cache.drawn} drawn, ${cache.cached} from the cache (${seconds} s)`);
      },
    },
  };
}
