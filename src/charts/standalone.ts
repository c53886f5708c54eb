/**
 * A chart drawing that stands on its own, outside the page: the SVG download, the PNG drawn from it and
 * the social cards. On the page a drawing takes its colours and type from the site's stylesheets, through
 * CSS custom properties; on its own it carries them in a `<style>` of plain values, which any browser, an
 * editor's drawing program and resvg (which knows no custom properties) all read alike.
 */
import { escapeXml } from '../format/xml';

/** One rule of a stylesheet: its selectors, its declarations in order, and the @media it sits in, if any. */
export interface CssRule {
  media?: string;
  selectors: string[];
  declarations: [property: string, value: string][];
}

/** The rules of a flat stylesheet, with one level of @media: what the site's stylesheets hold. */
export function parseCss(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = (body: string, media?: string) => {
    let at = 0;
    while (at < body.length) {
      const open = body.indexOf('{', at);
      if (open < 0) break;
      const prelude = body.slice(at, open).trim();
      if (prelude.startsWith('@')) {
        // Find the @media block's own closing brace: its rules hold braces of their own.
        let depth = 1;
        let end = open + 1;
        for (; end < body.length && depth > 0; end++) depth += body[end] === '{' ? 1 : body[end] === '}' ? -1 : 0;
        block(body.slice(open + 1, end - 1), prelude.replace(/^@media\s*/, ''));
        at = end;
        continue;
      }
      const close = body.indexOf('}', open);
      const declarations = body
        .slice(open + 1, close)
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d): [string, string] => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]);
      rules.push({ media, selectors: prelude.split(',').map((s) => s.trim()), declarations });
      at = close + 1;
    }
  };
  block(text);
  return rules;
}

/** The presentation properties a standalone drawing keeps: what SVG renderers draw with. Layout (width, display) is the page's. */
const DRAWN = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'paint-order',
  'text-transform',
]);

/** `font: 12px/1 family` as the two properties an SVG renderer reads. */
function expandFont(value: string): [string, string][] {
  const m = /^(?:(\d+)\s+)?([\d.]+px)(?:\/[\d.]+)?\s+(.+)$/.exec(value);
  if (!m) throw new Error(`src/styles/charts.css: font: ${value}: expected "[weight] <size>px[/<line-height>] <family>"`);
  return [...(m[1] ? [['font-weight', m[1]] as [string, string]] : []), ['font-size', m[2]!], ['font-family', m[3]!]];
}

/**
 * The chart rules of the site's stylesheets as they apply in one colour scheme, every custom property
 * replaced by its value: the rules whose selectors are the drawing's (`.chart` and below), without the
 * states only a page has (focus, an active mark) and without layout. `css` is the stylesheets' text, the
 * custom properties' `:root` included.
 */
export function standaloneCss(css: string, scheme: 'light' | 'dark' = 'light'): string {
  const rules = parseCss(css);
  const resolve = resolver(rules, scheme);
  const drawing = (selector: string) => (selector === '.chart' || selector.startsWith('.chart ')) && !/:focus|\.is-active/.test(selector);
  const drawn = rules.filter((rule) => !rule.media && rule.selectors.every(drawing));
  const scoped = drawn.find((rule) => rule.declarations.some(([p]) => p.startsWith('--')));
  if (scoped) throw new Error(`src/styles/charts.css: ${scoped.selectors.join(', ')} sets a custom property inside the chart: give it in :root, or use color and currentColor`);
  return drawn
    .map((rule) => {
      const declarations = rule.declarations
        .flatMap(([p, v]) => (p === 'font' ? expandFont(resolve(v)) : [[p, resolve(v)] as [string, string]]))
        .filter(([p]) => DRAWN.has(p));
      return declarations.length ? `${rule.selectors.join(',')}{${declarations.map(([p, v]) => `${p}:${v}`).join(';')}}` : '';
    })
    .filter(Boolean)
    .join('');
}

/**
 * A value with every `var()` in it replaced, from the custom properties the stylesheets' `:root` sets in a
 * scheme (the last setting wins, as in CSS): "var(--chart-muted)" is "#5a5750" in the light one.
 */
function resolver(rules: CssRule[], scheme: 'light' | 'dark'): (value: string) => string {
  const vars = new Map<string, string>();
  for (const rule of rules) {
    const applies = !rule.media || (scheme === 'dark' && /prefers-color-scheme:\s*dark/.test(rule.media));
    if (applies && rule.selectors.includes(':root')) for (const [p, v] of rule.declarations) if (p.startsWith('--')) vars.set(p, v);
  }
  const resolve = (value: string, seen: string[] = []): string =>
    value.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) => {
      if (seen.includes(name)) throw new Error(`src/styles: ${name} refers to itself`);
      const found = vars.get(name) ?? fallback;
      if (found === undefined) throw new Error(`src/styles/charts.css: ${name} is used by the charts but set in no :root`);
      return resolve(found, [...seen, name]);
    });
  return (value) => resolve(value);
}

/** The background colour of a scheme, as the site's `--bg` gives it. */
export const backgroundOf = (css: string, scheme: 'light' | 'dark' = 'light') => resolver(parseCss(css), scheme)('var(--bg)');

/** The type of the words credited() sets around a drawing, in pixels: its title, and the lines that credit it. */
const TITLE_SIZE = 16;
const CREDIT_SIZE = 11;
/** The margin around them. */
const PAD = 12;

/**
 * A standalone drawing with its title above it and its credit below (the site, the chart's page, the date
 * of its data): the SVG download, and the PNG drawn from it, say where they come from wherever they are
 * shown. Lines break between words at a width estimated from each size (0.6 em a character in bold, 0.56
 * em otherwise, more than a sans-serif's average), so that a line never runs off the picture.
 */
export function credited(svg: string, { title, credit }: { title: string; credit: string }, css: string): string {
  const { width, height } = drawingSize(svg);
  const titleLines = linesOf(title, (width - 2 * PAD) / (TITLE_SIZE * 0.6));
  const creditLines = linesOf(credit, (width - 2 * PAD) / (CREDIT_SIZE * 0.56));
  const [titleStep, creditStep] = [Math.round(TITLE_SIZE * 1.3), Math.round(CREDIT_SIZE * 1.4)];
  const top = PAD + titleLines.length * titleStep + 6;
  const below = Math.round(height) + top;
  const total = below + 6 + creditLines.length * creditStep + PAD;
  const text = (lines: string[], y: number, step: number, attributes: string) =>
    lines.map((line, i) => `<text x="${PAD}" y="${y + i * step}" ${attributes}>${escapeXml(line)}</text>`).join('');
  const head = text(titleLines, PAD + TITLE_SIZE, titleStep, `font-size="${TITLE_SIZE}" font-weight="700"`);
  const foot = text(creditLines, below + 6 + CREDIT_SIZE, creditStep, `font-size="${CREDIT_SIZE}" fill="${resolver(parseCss(css), 'light')('var(--chart-muted)')}"`);
  // The drawing's own name and description stay first; what it draws moves down below the title.
  const at = svg.includes('</desc>') ? svg.indexOf('</desc>') + 7 : svg.indexOf('</title>') + 8;
  return (
    svg
      .slice(0, at)
      .replace(/^(<svg [^>]*?viewBox="0 0 [\d.]+ )[\d.]+"/, `$1${total}"`)
      .replace(/^(<svg [^>]*?) height="[\d.]+"/, `$1 height="${total}"`) +
    `${head}<g transform="translate(0 ${top})">` +
    svg.slice(at).replace(/<\/svg>\s*$/, `</g>${foot}</svg>`)
  );
}

/** Words broken into lines of at most `max` characters, between words (a longer word, an address, has a line of its own). */
function linesOf(words: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The pixel size a drawing's viewBox gives it. */
export function drawingSize(svg: string): { width: number; height: number } {
  const m = /^<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('a chart drawing must start with <svg … viewBox="0 0 width height">');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** One compound selector: a tag name (or none), classes, classes it must not have, and whether it is a first child, as `.mark:not(.here)` or `circle:first-child`. */
interface Compound {
  tag?: string;
  classes: string[];
  not: string[];
  first: boolean;
}

/** A selector of compounds joined by spaces (descendant combinators): all the drawing's rules use. */
function parseSelector(selector: string): Compound[] {
  return selector.split(/\s+/).map((part) => {
    const m = /^([a-z][\w-]*)?((?:\.[\w-]+)*)((?::not\(\.[\w-]+\)|:first-child)*)$/.exec(part);
    if (!m) throw new Error(`src/styles/charts.css: ${selector}: only tags, classes, :not(.class), :first-child and spaces can be followed outside the page`);
    return {
      tag: m[1],
      classes: m[2] ? m[2].slice(1).split('.') : [],
      not: [...m[3]!.matchAll(/:not\(\.([\w-]+)\)/g)].map((n) => n[1]!),
      first: m[3]!.includes(':first-child'),
    };
  });
}

/** An element of the drawing while its styles are worked out: its place among its parent's elements counts for :first-child. */
interface Node {
  tag: string;
  classes: string[];
  parent?: Node;
  index: number;
  /** How many elements it holds so far. */
  children: number;
}

const fits = (node: Node, { tag, classes, not, first }: Compound) =>
  (!tag || node.tag === tag) && classes.every((c) => node.classes.includes(c)) && !not.some((c) => node.classes.includes(c)) && (!first || node.index === 0);

/** Whether a selector matches an element: its last compound the element, the others ancestors in order. */
function matches(node: Node, compounds: Compound[]): boolean {
  if (!fits(node, compounds.at(-1)!)) return false;
  let at: Node | undefined = node.parent;
  for (let i = compounds.length - 2; i >= 0; i--) {
    while (at && !fits(at, compounds[i]!)) at = at.parent;
    if (!at) return false;
    at = at.parent;
  }
  return true;
}

/**
 * A drawing made to stand alone: its size in pixels, the page's background behind it, and its styles
 * (`standaloneCss`) written on each element as presentation attributes, cascade and all. Not a `<style>`
 * element: a policy that governs styles (a Content-Security-Policy, sent with the file by our own host),
 * an editor's drawing program or an e-mail would drop it, and the drawing would lose every colour; an
 * attribute is part of the drawing.
 */
export function standaloneSvg(svg: string, css: string, scheme: 'light' | 'dark' = 'light'): string {
  const { width, height } = drawingSize(svg);
  const rules = parseCss(standaloneCss(css, scheme)).flatMap((rule, order) =>
    rule.selectors.map((selector) => {
      const compounds = parseSelector(selector);
      const specificity = compounds.reduce((n, c) => n + (c.classes.length + c.not.length + (c.first ? 1 : 0)) * 100 + (c.tag ? 1 : 0), 0);
      return { compounds, specificity, order, declarations: rule.declarations };
    }),
  );
  rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  let parent: Node | undefined;
  let root = true;
  // The drawing is our own markup (src/charts/svg.ts): elements with double-quoted attributes, and text.
  const styled = svg.replace(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g, (tag, close: string, name: string, attributes: string, empty: string) => {
    if (close) {
      parent = parent?.parent;
      return tag;
    }
    const node: Node = { tag: name, classes: /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [], parent, index: parent ? parent.children++ : 0, children: 0 };
    const own = new Map<string, string>();
    for (const rule of rules) if (matches(node, rule.compounds)) for (const [p, v] of rule.declarations) own.set(p, v.replace(/^([\d.]+)px$/, '$1'));
    // A style overrides the attribute of the same name, as CSS does.
    let kept = attributes.replace(/\s([\w:-]+)="[^"]*"/g, (a, key: string) => (own.has(key) || (root && (key === 'width' || key === 'height')) ? '' : a));
    if (root) kept += ` width="${width}" height="${height}"`;
    const added = [...own].map(([p, v]) => ` ${p}="${escapeXml(v)}"`).join('');
    const background = root ? `<rect width="100%" height="100%" fill="${backgroundOf(css, scheme)}"/>` : '';
    root = false;
    if (!empty) parent = node;
    return `<${name}${kept}${added}${empty ? '/' : ''}>${background}`;
  });
  // text-transform is CSS, not an SVG attribute: a capitalised name (a country's) is written in capitals, entities kept.
  return styled.replace(/(<text[^>]*?) text-transform="uppercase"([^>]*>)([^<]*)/g, (_, open: string, rest: string, words: string) =>
    open + rest + words.replace(/&[^;]+;|[^&]+/g, (part) => (part.startsWith('&') ? part : part.toUpperCase())),
  );
}

/**
 * A standalone drawing that says its language, as a page does with <html lang>: opened on its own, its title,
 * description and words are read in it, not in the reader's own (both attributes: SVG 2's, and SVG 1.1's).
 */
export function inLanguage(svg: string, lang: string): string {
  const root = /^<svg\b[^>]*?(?=\/?>)/.exec(svg);
  if (!root) throw new Error('a standalone drawing must begin with its <svg> element');
  return `${root[0]} lang="${lang}" xml:lang="${lang}"${svg.slice(root[0].length)}`;
}
