import { enhanceChart } from './chartTips';

/**
 * Shows each chart in the drawing that fits its figure, one drawing in the document at a time.
 *
 * The page holds the narrow drawing as markup, shown at any width without JavaScript, and the wide one in a
 * data block (`<script type="image/svg+xml">` in `.chart-wide`), which text browsers, reader views and
 * screen readers skip: each meets the chart's words once. Where the figure is at least `data-wide-from`
 * rem wide, and while printing, the wide drawing takes the narrow one's place, and gives it back as the
 * figure narrows. Each drawing gets its tooltips the first time it is placed.
 */
export function fitDrawings(root: ParentNode) {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const enhanced = new WeakSet<SVGSVGElement>();
  // Paper is wide enough for the wide drawing, whatever the window; its size means nothing until printing ends.
  let printing = false;
  const charts = [...root.querySelectorAll<HTMLElement>('[data-chart]')].flatMap((figure) => {
    const narrow = figure.querySelector<SVGSVGElement>('.chart-narrow > svg');
    const block = figure.querySelector<HTMLScriptElement>('.chart-wide > script');
    if (!narrow || !block) return [];
    const slots = [narrow.parentElement!, block.parentElement!];
    let wide: SVGSVGElement | undefined;
    const show = (showWide: boolean) => {
      const svg = showWide ? (wide ??= parseDrawing(block.text)) : narrow;
      // Already in place: moving it again would take focus from a mark (and the tip off it), as the
      // observer's first report, after the page's load, would do to a reader who tabbed in quickly.
      if (svg.parentElement === slots[Number(showWide)]) return;
      (showWide ? narrow : wide)?.remove();
      slots[Number(showWide)]!.append(svg);
      if (!enhanced.has(svg)) enhanceChart(svg);
      enhanced.add(svg);
      // A tooltip left open on the drawing taken out would be left standing.
      for (const tip of figure.querySelectorAll<HTMLElement>('.chart-tip')) tip.hidden = true;
    };
    const fit = (width = figure.getBoundingClientRect().width) => printing || show(width >= Number(figure.dataset.wideFrom) * rem);
    // Placed now, before the page is first drawn where it can be, so that nothing moves; then as the figure resizes.
    fit();
    new ResizeObserver(([entry]) => fit(entry!.contentRect.width)).observe(figure);
    return [{ show, fit }];
  });
  addEventListener('beforeprint', () => {
    printing = true;
    for (const chart of charts) chart.show(true);
  });
  addEventListener('afterprint', () => {
    printing = false;
    for (const chart of charts) chart.fit();
  });
}

/** The drawing written in a data block, as an element of this document. */
function parseDrawing(markup: string): SVGSVGElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild as SVGSVGElement;
}
