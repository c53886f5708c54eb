import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blocksOf, parseBody } from '../../src/markdown/sourceText';

/** What a reader sees of a source body: each numbered block's kind and words, and the headings. */
export function shapeOf(body: string) {
  return {
    blocks: blocksOf(body).map((b) => `${b.kind}: ${b.text}`),
    headings: parseBody(body)
      .children.filter((n): n is Heading => n.type === 'heading')
      .map((h) => toString(h)),
  };
}

/** Removals in an order that does not depend on where each was found. */
export const sortRemoved = <T extends { kind: string; text: string }>(removed: readonly T[]) =>
  [...removed].sort((a, b) => a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text));
