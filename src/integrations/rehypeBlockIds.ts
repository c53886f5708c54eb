import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { blockId } from '../scripts/search/passages';

const isElement = (node: Root['children'][number]): node is Element => node.type === 'element';
const HEADING = /^h[1-6]$/;

/**
 * Rehype plugin, on every MDX page in content/ (the explainer in each edition, our pages about the site):
 * gives each paragraph of the page's own text, and each item of a list there, an id of its section and its
 * place in it (`blockId`), so that a search result lands on the paragraph it found rather than on its
 * section's heading (src/scripts/search/passages.ts names such a passage by that heading). Only blocks
 * after a heading are numbered, each section from 1: a paragraph added to one section moves no other
 * section's ids. The headings' ids are Astro's own: its `rehypeHeadingIds`, run here first, gives them, and
 * its own run after every plugin keeps an id a heading has. A block that has an id keeps it; an id given
 * twice stops the build, naming the page.
 */
export function rehypeBlockIds() {
  // Astro's plugin is synchronous, given no options: a transformer of a tree and its file.
  const headingIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile) => {
    if (!file.path?.includes('/content/')) return;
    headingIds(tree, file);
    const given = new Set<string>();
    let section: string | undefined;
    let n = 0;
    const take = (id: string, node: Element, what = '') => {
      if (given.has(id)) file.fail(`the id "${id}"${what} is on the page twice: rename the heading`, node);
      given.add(id);
    };
    const number = (block: Element) => {
      n++;
      const own = block.properties.id;
      if (typeof own === 'string') return take(own, block);
      if (!section) return;
      const id = blockId(section, n);
      take(id, block, ` (block ${n} under the heading #${section})`);
      block.properties.id = id;
    };
    for (const node of tree.children.filter(isElement)) {
      const id = node.properties.id;
      if (HEADING.test(node.tagName) && typeof id === 'string') {
        take(id, node);
        section = id;
        n = 0;
      } else if (node.tagName === 'p') number(node);
      else if (node.tagName === 'ul' || node.tagName === 'ol') node.children.filter(isElement).filter((item) => item.tagName === 'li').forEach(number);
      else if (typeof id === 'string') take(id, node);
    }
  };
}
