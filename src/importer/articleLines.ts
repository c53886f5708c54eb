import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import type { FurnitureKind } from './furniture';

/** One line of a supplied article: a paragraph, heading, list item or piece of furniture. */
export interface ArticleLine {
  /** The words, trimmed; '' for a blank line. */
  text: string;
  /** What the markup says the line is; raw text has none, so the rules decide. */
  tag?: 'title' | 'heading' | 'item' | 'caption' | 'paragraph';
  /** Set where the markup says the line is furniture (a <nav>, an <aside>). */
  furniture?: FurnitureKind;
  /** Lines of one furniture element share a group, and are listed as one removal. */
  group?: number;
}

/** What a saved web page says about itself in its <head>. */
export interface PageMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
  byline?: string;
  language?: string;
}

/** The lines of a raw text article. Text hard-wrapped at a fixed width is joined back into paragraphs. */
export function textLines(raw: string): ArticleLine[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  if (!isHardWrapped(lines)) return lines.map((text) => ({ text }));
  const paragraphs = lines.join('\n').split(/\n{2,}/).map((p) => p.replace(/\n/g, ' '));
  return paragraphs.flatMap((text) => [{ text }, { text: '' }]);
}

// Copied from a browser, each paragraph is one long line. Text wrapped at ~72 columns has no line
// longer than that, and paragraphs of several lines whose lines but the last fill the width.
function isHardWrapped(lines: string[]): boolean {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const runs = lines.join('\n').split(/\n{2,}/).map((run) => run.split('\n').filter(Boolean));
  return longest <= 100 && runs.some((run) => run.length >= 2 && run.slice(0, -1).every((l) => l.length >= 50));
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'head']);
const FURNITURE_TAGS: Record<string, FurnitureKind> = { nav: 'navigation', aside: 'related-link', form: 'subscribe-prompt', footer: 'navigation' };
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'form', 'figure', 'figcaption',
  'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'time',
]);
const TAGS: Record<string, ArticleLine['tag']> = {
  h1: 'title', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', figcaption: 'caption', p: 'paragraph', blockquote: 'paragraph', dd: 'paragraph',
};

const attr = (root: HTMLElement, selector: string, name: string) => root.querySelector(selector)?.getAttribute(name)?.trim() || undefined;

/** The lines and metadata of a saved web page: the text of its <article> (or <main>, or <body>). */
export function htmlLines(html: string): { lines: ArticleLine[]; meta: PageMeta } {
  const root = parse(html, { comment: false });
  const meta: PageMeta = {
    title: attr(root, 'meta[property="og:title"]', 'content') ?? (root.querySelector('title')?.text.trim() || undefined),
    outlet: attr(root, 'meta[property="og:site_name"]', 'content'),
    date: attr(root, 'meta[property="article:published_time"]', 'content') ?? attr(root, 'time[datetime]', 'datetime'),
    url: attr(root, 'link[rel="canonical"]', 'href') ?? attr(root, 'meta[property="og:url"]', 'content'),
    byline: attr(root, 'meta[name="author"]', 'content'),
    language: attr(root, 'html', 'lang'),
  };
  const article = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const lines: ArticleLine[] = [];
  let groups = 0;
  let words = '';
  const flush = (tag: ArticleLine['tag'], furniture?: Pick<ArticleLine, 'furniture' | 'group'>) => {
    const text = words.replace(/\s+/g, ' ').trim();
    words = '';
    if (text) lines.push({ text, tag, ...furniture }, { text: '' });
  };
  const walk = (node: Node, furniture?: Pick<ArticleLine, 'furniture' | 'group'>) => {
    if (node.nodeType === NodeType.TEXT_NODE) return void (words += node.text);
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const name = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') return void (words += ' ');
    if (!BLOCKS.has(name)) return node.childNodes.forEach((child) => walk(child, furniture));
    flush('paragraph', furniture);
    const inner = furniture ?? (FURNITURE_TAGS[name] ? { furniture: FURNITURE_TAGS[name], group: ++groups } : undefined);
    node.childNodes.forEach((child) => walk(child, inner));
    flush(TAGS[name] ?? 'paragraph', inner);
  };
  walk(article);
  flush('paragraph');
  return { lines, meta };
}

/**
 * True when a supplied file is a web page rather than raw text: it opens with `<!doctype html>` or `<html>`,
 * after any byte-order mark, XML declaration and comments (a browser's "Save page as" writes
 * `<!-- saved from url=… -->` first), or with an element of a page's head or body, as a part of a page
 * copied out of it does (`<meta charset="utf-8">`, `<div class="article">`, `<p>`, a body's first `<noscript>`): read as text, its tags
 * would be kept as words. Not `<script>` or `<style>`, whose content a page drops: text that opens with one
 * (a hostile copy) stays text, every word of it kept.
 */
export const isHtml = (raw: string) =>
  /^\uFEFF?(?:\s|<\?xml[^>]*\?>|<!--(?:(?!-->)[\s\S])*-->)*(?:<!doctype html|<(?:html|head|body|meta|title|link|base|noscript|article|main|header|footer|nav|aside|section|div|span|p|h[1-6]|figure|img|ul|ol|li|table|blockquote)[\s>/])/i.test(raw);
