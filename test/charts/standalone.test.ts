import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { backgroundOf, drawingSize, parseCss, standaloneCss, standaloneSvg } from '../../src/charts/standalone';

const css = (await readFile('src/styles/global.css', 'utf8')) + (await readFile('src/styles/charts.css', 'utf8'));
const drawing = await readFile('test/output/whoReported-720.svg', 'utf8');

describe('parseCss(css)', () => {
  test('reads rules, their selectors and declarations, inside and outside @media, without comments', () => {
    expect(parseCss('/* a { b: c } */ .a, .b { fill: red; stroke: blue } @media (x) { :root { --y: 1px } .c { d: e } }')).toEqual([
      { media: undefined, selectors: ['.a', '.b'], declarations: [['fill', 'red'], ['stroke', 'blue']] },
      { media: '(x)', selectors: [':root'], declarations: [['--y', '1px']] },
      { media: '(x)', selectors: ['.c'], declarations: [['d', 'e']] },
    ]);
  });
});

describe('standaloneCss(css, scheme), from the site’s stylesheets', () => {
  const light = standaloneCss(css);
  const dark = standaloneCss(css, 'dark');

  test('keeps every colour and the type of the drawing, with no custom property left to resolve', () => {
    expect(light).not.toContain('var(');
    expect(light).not.toMatch(/--[\w-]+:/);
    expect(light).toContain('.chart .line.strikes{stroke:#0072b2}');
    expect(light).toContain(".chart{font-size:12px;font-family:system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans'");
    // A mark's colour is its group's, drawn as currentColor.
    expect(light).toContain('.chart .c-pacific{color:#d55e00}');
  });

  test('takes the dark scheme’s values in the dark', () => {
    expect(dark).toContain('.chart .line.strikes{stroke:#56b4e9}');
    expect(dark).not.toBe(light);
  });

  test('leaves out what only a page has: layout, focus, tooltips and the rest of the site', () => {
    expect(light).not.toMatch(/:focus|is-active|chart-tip|chart-figure|max-width|display|\.skip-link|body/);
  });

  test('refuses a custom property set inside the drawing, which no renderer without CSS variables could follow', () => {
    expect(() => standaloneCss(`${css} .chart .x { --mark: red } .chart .x circle { fill: var(--mark) }`)).toThrow(/sets a custom property inside the chart/);
    expect(() => standaloneCss('.chart { fill: var(--nowhere) }')).toThrow(/--nowhere is used by the charts but set in no :root/);
  });
});

describe('standaloneSvg(svg, css)', () => {
  const svg = standaloneSvg(drawing, css);

  test('gives the drawing its size in pixels, its styles and the page’s background, and keeps its words', () => {
    expect(drawingSize(drawing).width).toBe(720);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 ([\d.]+)"[^>]* width="720" height="\1"><style>\.chart\{/);
    expect(svg).toContain(`<rect width="100%" height="100%" fill="${backgroundOf(css)}"/>`);
    expect(backgroundOf(css)).toBe('#fdfcfa');
    expect(svg).toContain('<title id="who-title">Title</title>');
  });

  test('is XML that a browser parses as one SVG document', () => {
    // A stray "<" or "&" from the stylesheet would end the document early.
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<style>[^<]*[<&][^/]/);
  });
});
