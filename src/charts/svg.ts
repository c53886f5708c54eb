/** Small helpers for writing SVG as strings: no DOM, the same output for the same input. */
import { escapeXml } from '../format/xml';

/** Rounds to one decimal: enough for pixels, and stable across platforms. */
export const px = (n: number) => Math.round(n * 10) / 10;

type Value = string | number | undefined | false;

/** An element: attributes in the order given (undefined and false are left out), then children. */
export function el(name: string, attributes: Record<string, Value>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? String(px(v)) : v as string)}"`)
    .join('');
  return children.length ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/**
 * An element of words (a text, a title), and a space after it: a drawing draws no space between elements, but
 * a text browser (w3m), which shows an inline drawing's words as text, would run one into the next ("3 killed11 killed").
 */
const words = (name: string, attributes: Record<string, Value>, content: string) => `${el(name, attributes, escapeXml(content))} `;

/** A text element, and a space after it (`words`). */
export const text = (x: number, y: number, content: string, attributes: Record<string, Value> = {}) => words('text', { x, y, ...attributes }, content);

/**
 * What describes a chart to assistive technology: its own words, written into a <desc>, or the id of an
 * element of the page that already says them, so they are not written twice. A chart shown in its figure
 * has none: the figure's summary follows the drawing, and a description would have it read twice.
 */
export type Description = string | { id: string };

/** The outer <svg>: responsive through its viewBox, named for assistive technology by its title, and described where `desc` says. */
export function svgRoot(
  {
    id,
    width,
    height,
    title,
    desc,
    role = 'img',
  }: {
    id: string;
    width: number;
    height: number;
    title: string;
    desc?: Description;
    /** An image, or, where its marks are links, a group of them: an image's children are hidden from assistive technology. */
    role?: 'img' | 'group';
  },
  ...children: string[]
) {
  const own = typeof desc === 'string';
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${px(width)} ${px(height)}`,
      class: 'chart',
      role,
      'aria-labelledby': `${id}-title`,
      'aria-describedby': own ? `${id}-desc` : desc?.id,
      id,
    },
    // Each followed by a space, as a text() is: a text browser shows them as text too.
    words('title', { id: `${id}-title` }, title),
    own ? words('desc', { id: `${id}-desc` }, desc) : '',
    ...children,
  );
}
