import GithubSlugger from 'github-slugger';
import type { ElementContent, Root as HastRoot, Properties } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { find, html as htmlSchema } from 'property-information';
import { say } from '../i18n/furniture';
import type { Block as BlockText } from '../schemas/source';
import { type Block, fold } from './sourceText';

/**
 * A source's text as its page writes it, from the tree its loader parsed (src/loaders/sources.ts): the
 * numbered blocks apart, so that the page can add each one's links back (src/components/SourceBlock.astro),
 * and what stands between them (headings, list tags, line breaks) as it is. The HTML is what @astrojs/mdx
 * made of the same tree, byte for byte, so a source is parsed once per build and never compiled as MDX.
 */
export type SourcePiece =
  | { html: string }
  | {
      /** A numbered block: its element, id (`p-N`) and classes, and its words and anchor as HTML. */
      tag: 'p' | 'li';
      id: string;
      class: string;
      html: string;
    };

/**
 * The link to itself that each numbered block starts with, named "Paragraph N". Its visible "N" is drawn by
 * CSS from data-n: the number is ours, not the article's, so the text of the paragraph (what search,
 * reader views and text browsers read) is the article's words alone. Its name is furniture, in the reader's
 * edition (`data-w`, src/scripts/sourceEdition.ts), as is the label of a photo's caption.
 */
function anchorLink(block: Block): Link {
  return {
    type: 'link',
    url: `#${block.id}`,
    children: [],
    data: {
      hProperties: { className: ['para-link'], ariaLabel: say('paragraph', String(block.n)), dataN: String(block.n), dataW: 'paragraph', dataArg: String(block.n), dataPagefindIgnore: '' },
    },
  };
}

const captionLabel = (): PhrasingContent => ({
  type: 'emphasis',
  children: [{ type: 'text', value: say('captionLabel') } satisfies Text],
  data: { hName: 'span', hProperties: { className: ['caption-label'], dataW: 'captionLabel', dataPagefindIgnore: '' } },
});

/**
 * Numbers a source's paragraphs, list items and captions in reading order: each takes the id `p-N`
 * and starts with a link to itself, and `<Caption>` becomes a marked paragraph. Changes the tree.
 */
function anchorBlocks(tree: Root, blocks: Block[]) {
  // The page titles the text "The article" (h2), so the article's own headings sit one level below.
  for (const node of tree.children) if (node.type === 'heading') node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
  for (const block of blocks) {
    const className = block.kind === 'caption' ? ['para', 'caption'] : ['para'];
    const hProperties = { id: block.id, className };
    if (block.kind === 'caption') {
      const words = block.node.children.flatMap((child) =>
        child.type === 'paragraph' ? (child as Paragraph).children : [child as PhrasingContent],
      );
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [anchorLink(block), captionLabel(), { type: 'text', value: ' ' }, ...words],
        data: { hProperties },
      };
      tree.children.splice(tree.children.indexOf(block.element as Paragraph), 1, paragraph);
    } else {
      block.element.data = { ...block.element.data, hProperties };
      const first = block.kind === 'paragraph' ? block.node : block.node.children.find((c) => c.type === 'paragraph');
      if (first) (first as Paragraph).children.unshift(anchorLink(block));
    }
  }
}

/** Astro's escaping of text, so that a page reads as it did when MDX rendered it. */
const escapeText = (text: string) =>
  text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c);

const VOID = new Set(['br', 'hr', 'img', 'wbr']);

function attributes(properties: Properties): string {
  let out = '';
  for (const [name, value] of Object.entries(properties)) {
    if (value == null || value === false) continue;
    const attribute = find(htmlSchema, name).attribute;
    const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
    out += text === '' ? ` ${attribute}` : ` ${attribute}="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  return out;
}

/** HTML of hast nodes, as Astro renders the JSX that MDX compiles them to. */
function toHtml(nodes: ElementContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.value);
    else if (node.type === 'element')
      out += VOID.has(node.tagName)
        ? `<${node.tagName}${attributes(node.properties)}>`
        : `<${node.tagName}${attributes(node.properties)}>${toHtml(node.children)}</${node.tagName}>`;
  }
  return out;
}

/** The words of a hast node, which a heading's id is made from. */
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A numbered block's piece, or undefined for any other element. */
function blockPiece(node: ElementContent): SourcePiece | undefined {
  if (node.type !== 'element' || (node.tagName !== 'p' && node.tagName !== 'li')) return undefined;
  const { id, className, ...rest } = node.properties;
  if (typeof id !== 'string' || Object.keys(rest).length > 0) return undefined;
  return { tag: node.tagName, id, class: Array.isArray(className) ? className.join(' ') : String(className ?? ''), html: toHtml(node.children) };
}

/**
 * The pieces of a source's text, from its parsed tree and the blocks sourceBlocks() found in it (the
 * tree is changed). Headings take ids from their words, as Astro gives them.
 */
export function sourcePieces(tree: Root, blocks: Block[]): SourcePiece[] {
  anchorBlocks(tree, blocks);
  const hast = toHast(tree) as HastRoot;
  const slugger = new GithubSlugger();
  const pieces: SourcePiece[] = [];
  const add = (html: string) => {
    const last = pieces.at(-1);
    if (last && !('tag' in last)) last.html += html;
    else pieces.push({ html });
  };
  for (const node of hast.children as ElementContent[]) {
    const piece = blockPiece(node);
    if (piece) pieces.push(piece);
    else if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      node.properties.id ??= slugger.slug(textOf(node));
      add(toHtml([node]));
    } else if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) {
      add(`<${node.tagName}${attributes(node.properties)}>`);
      for (const child of node.children) {
        const item = blockPiece(child);
        if (item) pieces.push(item);
        else add(toHtml([child]));
      }
      add(`</${node.tagName}>`);
    } else add(toHtml([node]));
  }
  return pieces;
}

/** The label a caption starts with, and any tag: neither is the article's words. A tag's attribute values may hold ">". */
const CAPTION_LABEL = /<span class="caption-label"[^>]*>[^<]*<\/span>/;
const TAG = /<[^>"]*(?:"[^"]*"[^>"]*)*>/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTER: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** A numbered block's words as its page shows them, read back from its HTML: what sourceBlocks() counted. */
export const pieceText = (html: string) =>
  fold(html.replace(CAPTION_LABEL, '').replace(TAG, '').replace(ENTITY, (_, name: string) => CHARACTER[name]!));

/**
 * The numbered blocks of a source's text, read back from its pieces: so its entry keeps its words once
 * (as HTML), and what quotes or counts its blocks reads them from there.
 */
export function pieceBlocks(pieces: readonly SourcePiece[]): BlockText[] {
  return pieces.flatMap((piece) =>
    'tag' in piece
      ? [{ n: Number(piece.id.slice(2)), kind: piece.tag === 'li' ? 'list-item' : piece.class.includes('caption') ? 'caption' : 'paragraph', text: pieceText(piece.html) } as const]
      : [],
  );
}
