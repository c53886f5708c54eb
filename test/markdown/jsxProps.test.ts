import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, test } from 'vitest';
import { writtenProps } from '../../src/markdown/jsxProps';
import { parseBody } from '../../src/markdown/sourceText';

/** The first component of an MDX line, as the page's check sees it. */
const component = (mdx: string) => parseBody(mdx).children[0] as MdxJsxFlowElement;

describe('writtenProps(node, component, unknown)', () => {
  test('gives each quoted value by name', () => {
    expect(writtenProps(component('<StrikeMap id="map" caption="Where they were" />'), 'StrikeMap')).toEqual({ props: { id: 'map', caption: 'Where they were' }, problems: [] });
  });

  test('names a spread and a value in {…}, in the order they are written, and leaves them out of the props', () => {
    expect(writtenProps(component('<StrikeMap {...x} caption={c} id="map" />'), 'StrikeMap')).toEqual({
      props: { id: 'map' },
      problems: ['<StrikeMap> takes plain props, not {...spread}', '<StrikeMap> caption: expected a quoted value, like caption="…"'],
    });
  });

  test('names a prop the component does not take before how its value is written', () => {
    const unknown = (prop: string) => (prop === 'p' ? undefined : 'unknown prop');
    expect(writtenProps(component('<Cite page={3} p="2" />'), 'Cite', unknown)).toEqual({ props: { p: '2' }, problems: ['<Cite> page: unknown prop'] });
  });

  test('names a prop given twice, which JSX would take the last of without a word; a prop named like an object\'s own (constructor) is not', () => {
    expect(writtenProps(component('<Cite source="a" p="2" p="3" />'), 'Cite')).toEqual({ props: { source: 'a', p: '2' }, problems: ['<Cite> p: given twice; keep one'] });
    expect(writtenProps(component('<Cite constructor="x" />'), 'Cite').problems).toEqual([]);
  });
});
