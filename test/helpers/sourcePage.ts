import { type HTMLElement, parse } from 'node-html-parser';
import { type SourcePiece, sourcePieces } from '../../src/markdown/sourceHtml';
import { parseBody, sourceBlocks } from '../../src/markdown/sourceText';

/** A source's text as its page writes it, as one string, without the links back that SourceBlock adds. */
export const piecesHtml = (pieces: SourcePiece[]) =>
  pieces.map((p) => ('tag' in p ? `<${p.tag} id="${p.id}" class="${p.class}">${p.html}</${p.tag}>` : p.html)).join('');

/**
 * A source's MDX text as a reader sees it on its page: parsed and numbered as its loader does, and
 * written as HTML as its page does (src/markdown/sourceHtml.ts). Returns the text of each numbered block
 * and heading in reading order, without the paragraph number or the "Photo caption:" label, and the
 * HTML. Throws what the build would throw.
 */
export function renderSource(mdx: string): { blocks: string[]; html: string } {
  const tree = parseBody(mdx);
  const html = piecesHtml(sourcePieces(tree, sourceBlocks(tree)));
  const blocks = parse(html)
    .querySelectorAll('.para, h1, h2, h3, h4, h5, h6')
    .map((block: HTMLElement) => {
      block.querySelectorAll('.para-link, .caption-label').forEach((label) => label.remove());
      // Trimmed: a caption's words follow its label after a space, and a loose list item's paragraph sits
      // between line breaks. No line of an article starts or ends with a space (the importer trims them).
      return block.text.trim();
    });
  return { blocks, html };
}
