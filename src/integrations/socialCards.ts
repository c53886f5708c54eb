import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { CARD_DRAWER, CARD_SIZE, type CardDrawer, type CardSpec } from '../cards/cards';
import { CARD_FONT, cardLayout, placeChart } from '../cards/layout';
import { drawingSize } from '../charts/standalone';
import { wordsFor } from '../i18n/words';
import { locales, pathIn } from '../site';
import { mapAtOnce } from './atOnce';
import { PackCache } from './packCache';
import { encodePng } from './png';
import { checkFontFiles, resvgFontFiles } from './cardFonts';
import { drawSourceCard } from './sourceCard';

/** The font files cards and chart images are drawn with, from @fontsource/noto-sans: Latin and Latin Extended, three weights, upright. */
const FONT_FILES = ([400, 600, 700] as const).flatMap((weight) =>
  (['latin', 'latin-ext'] as const).map((subset) => ({ weight, subset, style: 'normal' as const, file: `noto-sans-${subset}-${weight}-normal.woff` })),
);

/** And for resvg, which draws the charts' words, the italic its maps' seas are named in. */
const ITALIC_FILES = (['latin', 'latin-ext'] as const).map((subset) => ({ weight: 400 as const, subset, style: 'italic' as const, file: `noto-sans-${subset}-400-italic.woff` }));

/** The fonts, read once: for satori (which lays text out and draws it as paths) and for resvg (a chart's words). */
export interface CardFonts {
  satori: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[];
  /** The same fonts as TrueType files, one a weight, for resvg (src/integrations/cardFonts.ts). */
  files: string[];
  /** A hash of the font files: a new version of the font draws every card again. */
  hash: string;
}

export async function loadCardFonts(): Promise<CardFonts> {
  // The package exports only its stylesheet; its font files sit beside it.
  const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans'));
  const read = (files: typeof FONT_FILES | typeof ITALIC_FILES) => Promise.all(files.map(async (font) => ({ ...font, data: await readFile(join(packageDir, 'files', font.file)) })));
  const [fonts, italics] = await Promise.all([read(FONT_FILES), read(ITALIC_FILES)]);
  const hash = createHash('sha256');
  for (const f of [...fonts, ...italics]) hash.update(f.data);
  const digest = hash.digest('hex');
  return {
    satori: fonts.map(({ weight, data }) => ({ name: CARD_FONT, data, weight, style: 'normal' as const })),
    files: await resvgFontFiles([...fonts, ...italics], digest),
    hash: digest,
  };
}

/** An SVG drawn to PNG by resvg with the cards' fonts only (none of the machine's), at `zoom` times its size. */
export function drawPng(svg: string, fonts: CardFonts, zoom = 1): Buffer {
  // Zoomed by the size the SVG asks for (resvg-js 2.6 ignored `fitTo` when it was given font buffers).
  const { width, height } = drawingSize(svg);
  const sized = svg.replace(/^<svg\b[^>]*>/, (root) =>
    root.replace(/ (width|height)="[^"]*"/g, '').replace(/>$/, ` width="${Math.round(width * zoom)}" height="${Math.round(height * zoom)}">`),
  );
  // satori draws a card's own words as paths: only a drawing with text (a chart) needs the fonts, from
  // their files (src/integrations/cardFonts.ts), and none of the machine's.
  const words = /<text[\s>]/.test(svg);
  if (words) checkFontFiles(fonts.files);
  const font: ResvgRenderOptions['font'] = words ? { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONT } : { loadSystemFonts: false };
  // Encoded by us: resvg's own PNG took as long as its drawing (src/integrations/png.ts).
  const image = new Resvg(sized, { font }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * A card as a PNG: a source's composed over its template when it can be (src/integrations/sourceCard.ts),
 * any other laid out by satori and drawn by resvg.
 */
export async function drawCard(spec: CardSpec, mark: string, fonts: CardFonts): Promise<Buffer> {
  if (spec.kind === 'source') {
    const fast = await drawSourceCard(spec, mark, fonts);
    if ('png' in fast) return fast.png;
  }
  return layOutCard(spec, mark, fonts);
}

/** A card as a PNG: laid out by satori, drawn by resvg. */
export async function layOutCard(spec: CardSpec, mark: string, fonts: CardFonts): Promise<Buffer> {
  // satori's types want a React element; the layout is one in all but name.
  const { element, chart } = cardLayout(spec, mark);
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori });
  return drawPng(placeChart(svg, chart), fonts);
}

/** Why a drawing asked of a closed pool fails. */
const STOPPED = 'social cards: the drawing threads were stopped';

/** What a thread draws: a card, or an SVG (a chart) at `zoom` times its size. */
export type Drawn = { card: CardSpec } | { svg: string; zoom: number };

/** A drawing waiting for a thread, or being drawn. */
interface CardJob {
  id: number;
  drawn: Drawn;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Draws cards and charts on worker threads (src/integrations/cardWorker.ts), at most `size` at once, each given one
 * drawing at a time and the next as it finishes. The threads start with the first drawing: a build whose
 * cards all come from the cache starts none. While Astro renders pages on the main thread the build draws
 * on one thread fewer than the cores (`grow()` adds the rest), and the threads do not keep the process
 * alive (`hold()` makes them) so that a failed build still ends. Once closed, it draws nothing more.
 */
export class CardPool {
  #size: number;
  readonly #start: () => Worker;
  #workers: { worker: Worker; job?: CardJob }[] = [];
  #queue: CardJob[] = [];
  #next = 0;
  #held = true;
  #closed = false;

  /** `root` is the project's folder: the worker is its TypeScript, run as the commands run it (src/cli/loadTs.mjs). */
  constructor(root: string, mark: string, size = availableParallelism()) {
    this.#size = Math.max(1, size);
    this.#start = () =>
      new Worker(join(root, 'src/integrations/cardWorker.ts'), {
        workerData: { mark },
        execArgv: ['--import', pathToFileURL(join(root, 'src/cli/loadTs.mjs')).href],
      });
  }

  get size() {
    return this.#size;
  }

  draw(spec: CardSpec): Promise<Buffer> {
    return this.#draw({ card: spec });
  }

  /** An SVG drawn to PNG at `zoom` times its size, as drawPng() draws it. */
  drawSvg(svg: string, zoom: number): Promise<Buffer> {
    return this.#draw({ svg, zoom });
  }

  #draw(drawn: Drawn): Promise<Buffer> {
    if (this.#closed) return Promise.reject(new Error(STOPPED));
    return new Promise<Buffer>((resolve, reject) => {
      this.#queue.push({ id: this.#next++, drawn, resolve, reject });
      this.#dispatch();
    });
  }

  /** Draws on up to `size` threads from now on. */
  grow(size: number) {
    this.#size = Math.max(this.#size, size);
    this.#dispatch();
  }

  /** Whether the threads keep the process alive: not while the pages render, so that a failed build ends. */
  hold(held: boolean) {
    this.#held = held;
    for (const { worker } of this.#workers) if (held) worker.ref();
    else worker.unref();
  }

  #spawn() {
    const entry: { worker: Worker; job?: CardJob } = { worker: this.#start() };
    const fail = (error: Error) => {
      entry.job?.reject(new Error(`social cards: a drawing thread failed: ${error.message}`));
      entry.job = undefined;
      this.#workers = this.#workers.filter((w) => w !== entry);
      // The cards waiting go to the other threads, or to a new one.
      this.#dispatch();
    };
    entry.worker.on('message', ({ png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = entry.job!;
      entry.job = undefined;
      if (error !== undefined) job.reject(new Error(`social cards: ${error}`));
      else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
      this.#dispatch();
    });
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => fail(new Error(`it stopped with code ${code}`)));
    if (!this.#held) entry.worker.unref();
    this.#workers.push(entry);
    return entry;
  }

  #dispatch() {
    while (this.#queue.length) {
      const entry = this.#workers.find((w) => !w.job) ?? (this.#workers.length < this.#size ? this.#spawn() : undefined);
      if (!entry) return;
      const job = this.#queue.shift()!;
      entry.job = job;
      entry.worker.postMessage({ id: job.id, drawn: job.drawn });
    }
  }

  /** Stops the threads; a drawing still waiting or being drawn fails, and so does any asked for after. */
  async close() {
    this.#closed = true;
    const [workers, queue] = [this.#workers, this.#queue];
    [this.#workers, this.#queue] = [[], []];
    for (const job of [...queue, ...workers.flatMap(({ job }) => (job ? [job] : []))]) job.reject(new Error(STOPPED));
    for (const { worker } of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * The code that decides what a card or chart image looks like for the same input, besides the packages
 * below: its layout, its PNG encoder, its words in each edition, and the modules they print with (a date's
 * words, a count's, a capital). Each module these files import is here too, a test holds it, but for
 * DRAWING_CODE_EXEMPT's.
 */
export const DRAWING_CODE = [
  'src/cards/layout.ts',
  'src/cards/cards.ts',
  'src/charts/standalone.ts',
  'src/integrations/socialCards.ts',
  'src/integrations/png.ts',
  'src/integrations/sourceCard.ts',
  'src/integrations/glyphs.ts',
  'src/integrations/cardFonts.ts',
  'src/format/dates.ts',
  'src/format/numbers.ts',
  'src/format/words.ts',
  'src/format/locale.ts',
  'src/format/xml.ts',
  'src/schemas/presumedDead.ts',
  ...locales.flatMap((locale) => [`src/i18n/${locale}/cards.ts`, `src/i18n/${locale}/strikes.ts`, `src/i18n/${locale}/browser.ts`]),
];

/**
 * The files of DRAWING_CODE whose imports are not in it: this module, which runs the drawing and reads the
 * site's words (of which the key takes the name and description every card shows), and src/cards/cards.ts,
 * which works out each card's data from the site's content and words: that data is in each card's own key,
 * and the layout takes from it only the card's size and its words (src/i18n/<locale>/cards.ts).
 */
export const DRAWING_CODE_EXEMPT = ['src/integrations/socialCards.ts', 'src/cards/cards.ts'];

/**
 * What every drawing depends on besides its own input: the drawing code's text, the versions of satori and
 * resvg, and Node's zlib (the PNG encoder's deflate: another zlib packs the same pixels into other bytes)
 * and Node's own version, which brings its zlib. A change to any draws every card again; no version to
 * remember to raise.
 */
export async function drawingVersion(root: string, runtime: { node: string; zlib: string } = process.versions): Promise<string> {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(await readFile(join(root, file))).update('\0');
  // Every card shows the site's name, and the site's card its description, in the card's edition.
  for (const locale of locales) hash.update(JSON.stringify(wordsFor(locale).site, ['name', 'description'])).update('\0');
  const require = createRequire(import.meta.url);
  for (const name of ['satori', '@resvg/resvg-js', 'harfbuzzjs', 'linebreak']) hash.update(await packageVersion(require, name)).update('\0');
  hash.update(`node ${runtime.node}\0zlib ${runtime.zlib}\0`);
  return hash.digest('hex');
}

/** An installed package's version, from the package.json above its entry (some export no package.json). */
async function packageVersion(require: NodeJS.Require, name: string): Promise<string> {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').then(JSON.parse, () => undefined);
    if (manifest?.name === name) return manifest.version;
  }
  throw new Error(`social cards: no package.json for ${name}`);
}

/** What the pages wrote of every card (src/pages/cards.json.ts), removed once the cards are drawn. */
export const CARDS_FILE = 'cards.json';
/** The drawn cards' and chart images' pack, in the build's cache folder's `social-cards/`. */
const CARDS_PACK = 'cards.pack';

/** A card as the pages listed it: its name ("sources/<id>", "es/index"), what it shows, and that as JSON. */
interface ListedCard {
  name: string;
  spec: CardSpec;
  json: string;
}

/** Each card's name and JSON, in the order the pages listed them; none where the pages wrote none. */
async function readCards(file: string): Promise<ListedCard[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '{}';
    throw e;
  });
  // Each spec as cardJson() wrote it: JSON text read and written again is the same text.
  return Object.entries(JSON.parse(text) as Record<string, CardSpec>).map(([name, spec]) => ({ name, spec, json: JSON.stringify(spec) }));
}

/** Rethrows a drawing's failure naming what was drawn: "social cards: charts/toll.svg: <resvg's reason>". */
const failedFor = (file: string) => (error: Error) => {
  throw new Error(`social cards: ${file}: ${error.message.replace(/^social cards: /, '')}`);
};

/** Every file below `dir` whose name ends in `ending`, as paths relative to `dir`, sorted. */
async function filesEnding(dir: string, ending: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(ending)).sort();
}

/**
 * The cards offered as the pages are rendered (`cardJson()` in src/cards/cards.ts), each drawn at once on
 * the pool unless the cache holds it: the drawing threads use the core that rendering leaves idle.
 */
class EarlyCards implements CardDrawer {
  readonly #pngs = new Map<string, Promise<Buffer | undefined>>();
  /** How many were drawn before the pages were all written. */
  ready = 0;
  readonly drawing: Drawing;
  constructor(drawing: Drawing) {
    this.drawing = drawing;
  }

  offer(json: string) {
    const input = `card\0${json}`;
    if (this.#pngs.has(input)) return;
    const png = this.drawing.cache.holds(input).then(async (held) => {
      if (held) return undefined;
      const drawn = await this.drawing.pool.draw(JSON.parse(json) as CardSpec);
      this.ready++;
      return drawn;
    });
    // Its failure is the build's when the card is taken at its end; a failed build never takes it.
    png.catch(() => {});
    this.#pngs.set(input, png);
  }

  get offered() {
    return this.#pngs.size;
  }

  /** The card drawn from `input`, if it was offered and the cache did not hold it. */
  take(input: string): Promise<Buffer | undefined> {
    return this.#pngs.get(input) ?? Promise.resolve(undefined);
  }
}

/** What a build draws with: the fonts, the cache and the drawing threads. */
interface Drawing {
  fonts: CardFonts;
  cache: PackCache;
  pool: CardPool;
}

/** The fonts, the cache and the drawing threads of a build, for the site's mark `mark`. */
async function startDrawing(root: string, cacheDir: string, mark: string, threads: number): Promise<Drawing> {
  const fonts = await loadCardFonts();
  // The cache is a pack of PNGs, each named by a hash of its input (and of the fonts and the drawing code).
  const cache = new PackCache(join(cacheDir, CARDS_PACK), `${await drawingVersion(root)}\0${fonts.hash}\0${mark}`);
  return { fonts, cache, pool: new CardPool(root, mark, threads) };
}

const drawers = globalThis as { [CARD_DRAWER]?: CardDrawer };

/**
 * Social cards and chart images. From the build's start, each card a page names is drawn as the page is
 * rendered (on all cores but one); once the pages are written, each card `dist/cards.json` lists (what
 * every page's card shows, written by src/pages/cards.json.ts) becomes `dist/cards/<name>.png`, 1200 × 630,
 * drawn then if it was not already, and the JSON is removed; each chart's SVG download, `dist/charts/<id>.svg` (and
 * `dist/es/charts/<id>.svg`, in Spanish), gets its PNG at twice its size. List it before offline() and host().
 */
export default function socialCards(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let publicDir = '';
  let early: EarlyCards | undefined;
  return {
    name: 'strikes:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
      },
      'astro:build:start': async () => {
        const drawing = await startDrawing(root, cacheDir, await readFile(join(publicDir, 'favicon.svg'), 'utf8'), availableParallelism() - 1);
        // Threads that do not keep the process alive: a build that fails before its end still ends.
        drawing.pool.hold(false);
        early = new EarlyCards(drawing);
        drawers[CARD_DRAWER] = early;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        delete drawers[CARD_DRAWER];
        const site = fileURLToPath(dir);
        const mark = await readFile(join(site, 'favicon.svg'), 'utf8');
        const { cache, pool } = early?.drawing ?? (await startDrawing(root, cacheDir, mark, availableParallelism()));
        const [offered, ready] = [early?.offered ?? 0, early?.ready ?? 0];
        const listed = join(site, CARDS_FILE);
        pool.grow(availableParallelism());
        pool.hold(true);
        let cards: ListedCard[] = [];
        let charts: string[] = [];
        try {
          // Each edition's charts folder: its drawings are in its words.
          const folders = locales.map((locale) => join(site, pathIn(locale, '/charts')));
          charts = (await Promise.all(folders.map(async (folder) => (await filesEnding(folder, '.svg')).filter((n) => !n.includes('/')).map((n) => join(folder, n))))).flat();
          // The charts first, each the slowest drawing, on the threads too (one after another on the main
          // thread, 8 of them took a second): the cards fill the threads around them.
          const drawCharts = mapAtOnce(charts, pool.size, async (file) => {
            const svg = await readFile(file, 'utf8');
            await cache.make(`chart\0${svg}`, file.replace(/\.svg$/, '.png'), () => pool.drawSvg(svg, 2).catch(failedFor(relative(site, file))));
          });
          const drawCards = (async () => {
            cards = await readCards(listed);
            // Pages named cards, so their list must be there: without it, their og:image would name no file.
            if (offered && !cards.length) throw new Error(`social cards: ${CARDS_FILE} lists no card, though the pages named ${offered}`);
            // A few cards at a time per thread: the threads always have the next one, and the main thread
            // copies those the cache holds meanwhile.
            await mapAtOnce(cards, 4 * pool.size, async ({ name, spec, json }) => {
              const input = `card\0${json}`;
              const draw = async () => (await early?.take(input)) ?? pool.draw(spec);
              await cache.make(input, join(site, 'cards', `${name}.png`), () => draw().catch(failedFor(`the card ${name}`)));
            });
          })();
          // The first failure stops the threads: what is left fails at once (the pool refuses once closed), and
          // the build fails naming what failed first, rather than after drawing every card it will not use.
          let failure: unknown;
          const stopOnFailure = (work: Promise<unknown>) =>
            work.catch(async (error: unknown) => {
              failure ??= error;
              // A thread that would not stop must not hide why the build fails.
              await pool.close().catch(() => undefined);
            });
          await Promise.all([stopOnFailure(drawCharts), stopOnFailure(drawCards)]);
          if (failure) throw failure;
        } finally {
          await pool.close();
          early = undefined;
          // Even when a drawing failed: the cards drawn are kept for the next build.
          await cache.close();
        }
        // Only once every card is drawn: a build that fails keeps what they show.
        await rm(listed, { force: true });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Social cards: ${cards.length} cards and ${charts.length} chart images, ${cache.made} drawn, ${cache.cached} from the cache (${seconds} s)` +
            (offered ? `; ${offered} offered as the pages were rendered, ${ready} drawn by their end` : ''),
        );
      },
    },
  };
}
