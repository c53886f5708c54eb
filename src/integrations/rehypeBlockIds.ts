import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { blockId } from '../scripts/search/passages';

const HEADING = /^h[1-6]$/;
const isElement = (node: RootContent): node is Element => node.type === 'element';

/** Every heading in a node, in reading order: itself, or those within it (a component's, in MDX). */
function headingsIn(node: RootContent): Element[] {
  const found: Element[] = [];
  visit(node, (child) => void (child.type === 'element' && HEADING.test(child.tagName) && found.push(child)));
  return found;
}

/**
 * Rehype plugin, on every MDX page in content/ (the explainer in each edition, which search indexes, and the
 * about page, which it does not): gives each paragraph at the top level of the page's text, and each item of a
 * list there, an id of its section and its place in it (`blockId`), so that a search result lands on the
 * paragraph it found rather than on its section's heading (src/scripts/search/passages.ts names such a passage
 * by that heading). Only blocks after a heading are numbered, each section from 1: a paragraph added to one
 * section moves no other section's ids. A heading within a component (`<Aside>## …</Aside>`) begins a section
 * as one at the top level does. The headings' ids are Astro's own: its `rehypeHeadingIds`, run here first, gives
 * them, and its own run after every plugin keeps an id a heading has. An id given twice among the page's
 * headings and blocks stops the build at its line (ids a component or the layout writes are not seen here:
 * test/build/explainer.test.ts checks the built page's).
 */
export function rehypeBlockIds() {
  // Astro's plugin is synchronous, given no options: a transformer of a tree and its file.
  const headingIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile) => {
    if (!file.path?.includes('/content/')) return;
    headingIds(tree, file);
    const given = new Set<string>();
    const take = (id: string, node: Element, fix: string) => {
      if (given.has(id)) file.fail(`the id "${id}" is on the page twice: ${fix}`, node);
      given.add(id);
    };
    // Every heading's id first, wherever it is, so that a block's id is checked against those after it too.
    const headings = tree.children.map(headingsIn);
    for (const heading of headings.flat()) take(String(heading.properties.id), heading, 'rename one of the headings');
    let section: string | undefined;
    let n = 0;
    const number = (block: Element) => {
      n++;
      if (!section) return;
      const id = blockId(section, n);
      take(id, block, `it is block ${n} under the heading #${section}, and a heading has its id: rename the heading`);
      block.properties.id = id;
    };
    tree.children.forEach((node, i) => {
      if (isElement(node) && node.tagName === 'p') number(node);
      else if (isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol')) node.children.filter(isElement).filter((item) => item.tagName === 'li').forEach(number);
      else {
        // A heading, or the last of those within a component, begins a section.
        const last = headings[i]!.at(-1);
        if (last) (section = String(last.properties.id)), (n = 0);
      }
    });
  };
}
