import type { Node, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Block as BlockText, paragraphId } from '../schemas/source';

/**
 * A source's text is a run of blocks: paragraphs, list items and photo captions, numbered in reading
 * order from 1. Block N is anchored at #p-N. Headings are kept but not numbered.
 */
export interface Block extends BlockText {
  /** The anchor id, `p-${n}`. */
  id: string;
  /** The mdast node that holds the block's words. */
  node: Parent;
  /** The node that stands for the block in the tree and takes its id: a root child or a list item. */
  element: Parent;
}

/** A body that breaks the rules of source text, with the node where it does. */
export class SourceTextError extends Error {
  readonly node: Node;
  constructor(message: string, node: Node) {
    super(message);
    this.node = node;
    this.name = 'SourceTextError';
  }
}

const processor = unified().use(remarkParse).use(remarkMdx);

/** Parses an MDX body the way @astrojs/mdx does. Throws MDX's own error (with line and column) on bad syntax. */
export function parseBody(body: string): Root {
  return processor.parse(body);
}

/** The one component a source may use: `<Caption>…</Caption>`, for a photo caption that carries facts. */
export const CAPTION = 'Caption';

type JsxElement = Extract<RootContent | PhrasingContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (node: Node): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The caption element of a block written `<Caption>…</Caption>`, alone on its line(s). */
function captionOf(node: RootContent): JsxElement | undefined {
  const element = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : node;
  return isJsx(element) && element.name === CAPTION ? element : undefined;
}

/**
 * Text as a reader reads it: without the characters that show nothing (soft hyphens, zero-width spaces and
 * joiners, byte-order marks) and with no-break spaces as spaces. A quote is checked against its paragraph so.
 */
export const asRead = (text: string) => text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\u00A0\u2007\u202F]/g, ' ');

/** Words with each run of spaces and line breaks made one space. */
export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Nodes whose parts the page writes on lines of their own (src/markdown/sourceHtml.ts), so words never run together across them. */
const FLOW = new Set(['list', 'listItem', 'blockquote']);

/**
 * A block's words as its page shows them: a line break, or the start of a list item's next paragraph,
 * parts them; an image shows none (its alt text is not the article's words). Folded by the caller.
 */
function wordsOf(node: Node): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) return String(node.value);
  if (node.type === 'break') return '\n';
  if (!('children' in node)) return '';
  return (node as Parent).children.map(wordsOf).join(FLOW.has(node.type) ? '\n' : '');
}

/** Explains, for an editor, a node that has no place in a source's text. */
function unexpected(node: Node): string {
  if (isJsx(node))
    return node.name === CAPTION
      ? '<Caption> takes no props and must stand alone on its line'
      : `unknown component <${node.name ?? ''}>: a source's text may only use <Caption>. To show a "<" as text, write &lt;`;
  if (node.type === 'mdxjsEsm') return 'import/export line in a source: to show it as text, write &#105;mport at the line start';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
    return 'curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;';
  return `a source's text holds only paragraphs, "## " headings, "- " lists and <Caption>, not a ${node.type}`;
}

/** A link a reader may follow from a source's text: to a web page (http or https), a mail address, or a path on this site ("/…", "#…"; not "//…", another site). */
const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;

/** An address on another site, or of another scheme ("https://…", "//…", "data:…"), not a path on this one. */
const OTHER_SITE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Checks that nothing inside a block is code or markup an article cannot contain. */
function checkPhrasing(parent: Parent) {
  for (const child of parent.children) {
    if (isJsx(child) || child.type === 'mdxTextExpression' || child.type === 'html') throw new SourceTextError(unexpected(child), child);
    // Every reader's browser would fetch a picture from its address: never from another site.
    if (child.type === 'image' && OTHER_SITE.test(String((child as { url?: string }).url ?? '').trim()))
      throw new SourceTextError('a picture from another site would be a request to it from every reader\'s browser: remove it, and keep what its caption says as <Caption>…</Caption>', child);
    if (child.type === 'link' && !SAFE_LINK.test(String((child as { url?: string }).url ?? '').trim()))
      throw new SourceTextError(`a link in a source goes to a web address (http: or https:), a mail address (mailto:) or a page of this site (/…), not "${String((child as { url?: string }).url).slice(0, 40)}"`, child);
    if ('children' in child) checkPhrasing(child as Parent);
  }
}

/** The numbered blocks of a parsed source body, in reading order. Throws SourceTextError on anything else. */
export function sourceBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const add = (kind: Block['kind'], node: Parent, element: Parent = node) => {
    const n = blocks.length + 1;
    blocks.push({ n, id: paragraphId(n), kind, text: fold(asRead(wordsOf(node))), node, element });
  };
  for (const node of tree.children) {
    const caption = captionOf(node);
    if (caption) {
      if (caption.attributes.length > 0) throw new SourceTextError(unexpected(caption), caption);
      checkPhrasing(caption);
      add('caption', caption, node as Parent);
    } else if (node.type === 'paragraph') {
      checkPhrasing(node);
      add('paragraph', node);
    } else if (node.type === 'heading') {
      // A "---" or "===" line right under a paragraph makes it a heading (Markdown's setext heading), taking
      // its number and every later paragraph's: named at that line, since nothing else points to it.
      const { start, end } = node.position ?? {};
      if (start && end && end.line > start.line)
        throw new SourceTextError(
          'a line of "---" or "===" under a paragraph makes it a heading, and renumbers every paragraph after it: remove the line (a heading is written "## ")',
          { type: 'heading', position: { start: end, end } } as Node,
        );
      checkPhrasing(node);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        checkPhrasing(item);
        add('list-item', item);
      }
    } else {
      throw new SourceTextError(unexpected(node), node);
    }
  }
  return blocks;
}

/** The numbered blocks of an MDX body. */
export const blocksOf = (body: string) => sourceBlocks(parseBody(body));
