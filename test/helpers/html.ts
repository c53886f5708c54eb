import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

/** Parses a built page, given its URL path ("/sources/x/"), into an element tree. */
export async function readPage(siteDir: string, path: string): Promise<HTMLElement> {
  const file = join(siteDir, path, path.endsWith('/') ? 'index.html' : '');
  return parse(await readFile(file, 'utf8'));
}

/** An element's text without the paragraph-number link and caption label that pages add to it. */
export function textOf(element: HTMLElement): string {
  const clone = element.clone() as HTMLElement;
  clone.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

/** A chart figure's two drawings: the narrow one, in the page, and the wide one, in its data block for the script to place. */
export const drawingsOf = (figure: HTMLElement) => [
  ...figure.querySelectorAll('.chart-narrow > svg'),
  ...parse(figure.querySelector('.chart-wide > script[type="image/svg+xml"]')?.textContent ?? '').querySelectorAll('svg'),
];
