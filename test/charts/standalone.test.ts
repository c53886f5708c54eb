import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { backgroundOf, credited, drawingSize, inLanguage, parseCss, standaloneCss, standaloneSvg } from '../../src/charts/standalone';

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

  test('gives the drawing its size in pixels and the page’s background, and keeps its words', () => {
    expect(drawingSize(drawing).width).toBe(720);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 ([\d.]+)"[^>]* width="720" height="\1" font-size="12" font-family="system-ui, [^"]+" fill="#2b2a27"><rect width="100%" height="100%" fill="#fdfcfa"\/>/);
    expect(backgroundOf(css)).toBe('#fdfcfa');
    expect(svg).toContain('<title id="who-title">Title</title>');
  });

  test('writes each element’s styles on it, as the cascade gives them: no <style> that a policy or an editor could drop', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('var(');
    // `.chart .mark circle` gives a mark its fill; `.chart .report circle`, later, its stroke and the background's fill.
    expect(svg).toMatch(/<g class="mark report explained"[^>]* color="#0072b2"><circle [^>]*fill="#fdfcfa" stroke="currentColor" stroke-width="2" fill-opacity="1" stroke-dasharray="2.5 1.5"\/>/);
    // Each kind of toll is told apart by its shape too (WCAG 1.4.1): equal to the sum, whole; explained, dashed; unexplained, filled; in the key as on the chart.
    for (const kind of ['mark report matches', 'report matches']) expect(svg).toMatch(new RegExp(`<g class="${kind}"[^>]*><circle (?![^>]*stroke-dasharray)[^>]*fill="#fdfcfa"`));
    expect(svg).toMatch(/<g class="report explained"[^>]*><circle [^>]*stroke-dasharray="2.5 1.5"/);
    // `.chart .report.unexplained circle`, more specific, fills a toll the data does not explain, in the key too.
    expect(svg).toMatch(/<g class="mark report unexplained"[^>]* color="#d55e00"><circle [^>]*fill="currentColor" stroke="currentColor" stroke-width="2" fill-opacity="1"\/>/);
    expect(svg).toMatch(/<g class="report unexplained" color="#d55e00"><circle [^>]*fill="currentColor"/);
    // `.chart .axis text` beats `.chart` on an axis label; a legend line keeps its own dash.
    expect(svg).toMatch(/<g class="axis axis-y"[^>]*><g[^>]*><line[^>]*\/><text [^>]*fill="#5a5750">/);
    expect(svg).toMatch(/class="line presumed"[^>]* stroke-dasharray="4 3"/);
    // Units the attributes do not need are dropped.
    expect(svg).toMatch(/class="point-label"[^>]* paint-order="stroke" stroke="#fdfcfa" stroke-width="3"/);
  });

  test('is the same drawing, element for element, attribute for attribute besides its styles', () => {
    const unstyled = svg.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-linejoin|color|font-size|font-family|font-weight|paint-order)="[^"]*"/g, '');
    const original = drawing.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-linejoin|color|font-size|font-family|font-weight|paint-order)="[^"]*"/g, '');
    expect(unstyled.replace(/ width="720" height="[\d.]+"><rect width="100%" height="100%"\/>/, '>')).toBe(original);
  });

  test('draws the map as the page does: a country in spaced capitals, a sea in italics, a region’s box and a ring in its colour', async () => {
    const map = standaloneSvg(await readFile('test/output/strikeMap-720.svg', 'utf8'), css);
    expect(map).not.toContain('text-transform');
    expect(map).toMatch(/<text [^>]*class="place-country"[^>]* letter-spacing="0.12em">MEXICO<\/text>/);
    expect(map).toMatch(/<text [^>]*class="place-sea"[^>]* font-style="italic">Pacific Ocean<\/text>/);
    expect(map).toMatch(/<g class="gather c-caribbean"[^>]* color="#0072b2"><rect [^>]*stroke="currentColor"/);
    expect(map).toMatch(/<circle [^>]*class="approx"[^>]* stroke="currentColor"/);
  });

  test('picks out a strike as its page does: the others faded and outlined (:not), its own circle (:first-child) ringed, not its ring', () => {
    const here = standaloneSvg(
      '<svg viewBox="0 0 10 10" class="chart"><g class="marks has-here"><g class="mark here"><circle r="1"/><circle r="2" class="approx"/></g><g class="mark"><circle r="1"/><path class="survivor" d="M0 0"/></g></g></svg>',
      css,
    );
    expect(here).toMatch(/<g class="mark here"><circle r="1" [^>]*stroke="#2b2a27" stroke-width="2.5"\/><circle r="2" class="approx" [^>]*stroke="currentColor" stroke-width="1.5"\/><\/g><g class="mark">/);
    // Faded, each other mark keeps an outline of 3:1 or more against the page (WCAG 1.4.11): the muted ink.
    const other = /<g class="mark"><circle r="1" [^>]*\/>/.exec(here)![0];
    expect(other).toContain('fill-opacity="0.35"');
    expect(other).toContain('stroke="#5a5750"');
    expect(here).not.toContain('opacity="0.35"><');
    // What is drawn on the mark (its survivors) fades with it.
    expect(here).toMatch(/<path class="survivor" d="M0 0"[^>]* opacity="0.35"\/>/);
  });

  test('refuses a selector it cannot follow outside the page', () => {
    expect(() => standaloneSvg(drawing, `${css} .chart > .x { fill: red }`)).toThrow(/only tags, classes, :not\(\.class\), :first-child and spaces/);
  });
});

describe('credited(svg, words, css): a download that says where it comes from', () => {
  const svg = standaloneSvg(drawing, css);
  const credit = '“Death tolls as reported, against the deaths announced”. Strikes at Sea. https://strikes.example/charts/who-reported/ (data as of 31 December 2025).';
  const framed = credited(svg, { title: 'Death tolls as reported by outlets, against the sum of the deaths announced by then', credit }, css);
  const lines = (size: number) => [...framed.matchAll(new RegExp(`<text x="12" y="[\\d.]+" font-size="${size}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);

  test('sets the title above the drawing and the credit below it, in the muted ink, each line within the picture’s width', () => {
    expect(lines(16).join(' ')).toBe('Death tolls as reported by outlets, against the sum of the deaths announced by then');
    expect(lines(11).join(' ')).toBe(credit.replace(/"/g, '&quot;'));
    expect(lines(16).length).toBe(2);
    for (const line of lines(16)) expect(line.length).toBeLessThanOrEqual(Math.floor(696 / (16 * 0.6)));
    for (const line of lines(11)) expect(line.length).toBeLessThanOrEqual(Math.floor(696 / (11 * 0.56)));
    expect(framed).toMatch(/font-size="11" fill="#5a5750">/);
  });

  test('grows the picture by what it adds, moves the drawing below the title, and keeps its name and description first', () => {
    const { height } = drawingSize(svg);
    const grown = drawingSize(framed).height;
    expect(grown).toBeGreaterThan(height + 16 + 11);
    expect(framed).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 720 ${grown}"[^>]* width="720" height="${grown}"`));
    const top = Number(/<g transform="translate\(0 (\d+)\)">/.exec(framed)![1]);
    expect(top).toBeGreaterThan(2 * 16);
    // The drawing itself, unchanged, inside the moved group.
    const inner = svg.slice(svg.indexOf('</desc>') + 7, svg.lastIndexOf('</svg>'));
    expect(framed).toContain(`<g transform="translate(0 ${top})">${inner}</g>`);
    expect(framed.indexOf('<title')).toBeLessThan(framed.indexOf('<text'));
    expect(framed.indexOf('</desc>')).toBeLessThan(framed.indexOf('<text'));
  });
});

describe('inLanguage(svg, lang): a download that says its language', () => {
  test('names it on the drawing’s root, in SVG 2’s attribute and SVG 1.1’s, and nowhere else', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Cada ataque</title><g><svg viewBox="0 0 1 1"/></g></svg>';
    expect(inLanguage(svg, 'es')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" lang="es" xml:lang="es"><title>Cada ataque</title><g><svg viewBox="0 0 1 1"/></g></svg>',
    );
    expect(inLanguage('<svg viewBox="0 0 1 1"/>', 'en')).toBe('<svg viewBox="0 0 1 1" lang="en" xml:lang="en"/>');
  });

  test('refuses what does not begin with its <svg> element', () => {
    expect(() => inLanguage('<?xml version="1.0"?><svg/>', 'en')).toThrow('must begin with its <svg> element');
  });
});
