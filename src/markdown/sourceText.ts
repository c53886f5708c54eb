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

/** Checks that nothing inside a block is code or markup an article cannot contain. */
function checkPhrasing(parent: Parent) {
  for (const child of parent.children) {
    if (isJsx(child) || child.type === 'mdxTextExpression' || child.type === 'html') throw new SourceTextError(unexpected(child), child);
    if ('children' in child) checkPhrasing(child as Parent);
  }
}

/** The numbered blocks of a parsed source body, in reading order. Throws SourceTextError on anything else. */
export function sourceBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const add = (kind: Block['kind'], node: Parent, element: Parent = node) => {
    const n = blocks.length + 1;
    blocks.push({ n, id: paragraphId(n), kind, text: fold(wordsOf(node)), node, element });
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
