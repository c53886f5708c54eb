import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { type Block, SourceTextError, sourceBlocks } from '../markdown/sourceText';

/** True for the MDX files of the sources collection, the only ones whose blocks are numbered. */
export const isSourceFile = (path: string | undefined) => /[\\/]content[\\/]sources[\\/][^\\/]+\.mdx$/.test(path ?? '');

/**
 * The link to itself that each numbered block starts with, named "Paragraph N". Its visible "N" is drawn by
 * CSS from data-n: the number is ours, not the article's, so the text of the paragraph (what search,
 * reader views and text browsers read) is the article's words alone.
 */
function anchorLink(block: Block): Link {
  return {
    type: 'link',
    url: `#${block.id}`,
    children: [],
    data: {
      hProperties: { className: ['para-link'], ariaLabel: `Paragraph ${block.n}`, dataN: String(block.n), dataPagefindIgnore: '' },
    },
  };
}

const captionLabel: PhrasingContent = {
  type: 'emphasis',
  children: [{ type: 'text', value: 'Photo caption:' } satisfies Text],
  data: { hName: 'span', hProperties: { className: ['caption-label'], dataPagefindIgnore: '' } },
};

/**
 * Remark plugin: numbers a source's paragraphs, list items and captions in reading order, gives
 * each the id `p-N` with a link to itself, and turns `<Caption>` into a marked paragraph.
 */
export function remarkSourceAnchors() {
  return (tree: Root, file: VFile) => {
    if (!isSourceFile(file.path)) return;
    let blocks: Block[];
    try {
      blocks = sourceBlocks(tree);
    } catch (error) {
      if (error instanceof SourceTextError) file.fail(error.message, error.node);
      throw error;
    }
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
          children: [anchorLink(block), captionLabel, { type: 'text', value: ' ' }, ...words],
          data: { hProperties },
        };
        tree.children.splice(tree.children.indexOf(block.element as Paragraph), 1, paragraph);
      } else {
        block.element.data = { ...block.element.data, hProperties };
        const first = block.kind === 'paragraph' ? block.node : block.node.children.find((c) => c.type === 'paragraph');
        if (first) (first as Paragraph).children.unshift(anchorLink(block));
      }
    }
  };
}
