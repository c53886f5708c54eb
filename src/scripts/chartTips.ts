/**
 * Tooltips for chart marks, as a progressive enhancement: the chart, its summary and its table work
 * without this. Marks become one keyboard stop per chart (arrow keys move between them); focus, hover or a
 * tap shows the mark's words, and Escape hides them. The words stay while the pointer moves from the mark
 * onto them (WCAG 1.4.13: what hover shows can itself be hovered, and dismissed without moving).
 *
 * A mark may be a link (an SVG <a>, to the page of what it stands for): Enter or a click follows it.
 *
 * A mark's words are not in the drawing: a mark with data-row="i" shows row i of its figure's data table,
 * the columns named by the figure's data-tip-columns (all when absent), one "Heading: value" per line. The
 * words keep their cells' languages (an outlet's English name on a Spanish page, WCAG 3.1.2).
 * `svg` is a drawing in its figure on the page (src/scripts/chartDrawings.ts calls this as it places one).
 */
/** How long words a pointer has left stay, so that it can reach them across the gap between mark and words. */
const LINGER_MS = 300;

export function enhanceChart(svg: SVGSVGElement) {
  const figure = svg.closest<HTMLElement>('[data-chart]')!;
  const wordsOf = rowWords(figure);
  // Each mark's lines, read once. A mark whose row is missing keeps the chart as it is without
  // JavaScript rather than an empty tip.
  const words = new Map([...svg.querySelectorAll<SVGGraphicsElement>('.mark[data-row]')].map((mark) => [mark, wordsOf(mark)]));
  const marks = [...words.keys()].filter((mark) => words.get(mark)!.length).sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row));
  if (marks.length === 0) return;
  const box = svg.closest<HTMLElement>('.chart-box')!;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `${svg.id}-tip`;
  tip.hidden = true;
  box.append(tip);
  // An image has no focusable parts; once marks take focus, the chart is a group of images.
  svg.setAttribute('role', 'group');
  marks.forEach((mark, i) => {
    mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
    // A mark that links to a page stays a link (Enter follows it); any other mark is an image.
    if (!mark.hasAttribute('href')) mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', words.get(mark)!.map((line) => line.textContent).join('; '));
    mark.addEventListener('focus', () => show(mark));
    // Not while the pointer is on the words: pressing on them, to select them, takes focus from the mark.
    mark.addEventListener('blur', () => tip.matches(':hover') || hide());
    mark.addEventListener('pointerenter', () => show(mark));
    mark.addEventListener('pointerleave', leave);
    mark.addEventListener('click', () => mark.focus());
  });
  tip.addEventListener('pointerenter', () => clearTimeout(hiding));
  tip.addEventListener('pointerleave', leave);
  // Escape hides the words wherever focus is: a pointer may have shown them with focus elsewhere.
  document.addEventListener('keydown', (event) => event.key === 'Escape' && !tip.hidden && hide());
  svg.addEventListener('keydown', (event) => {
    const at = marks.indexOf(event.target as SVGGraphicsElement);
    if (at === -1) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marks.length - 1 }[
      event.key
    ];
    if (next === undefined) return;
    event.preventDefault();
    const target = marks[Math.max(0, Math.min(marks.length - 1, next))];
    marks[at].setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  });

  // The mark whose words show, and the wait before a pointer that left it hides them.
  let shown: SVGGraphicsElement | undefined;
  let hiding: ReturnType<typeof setTimeout> | undefined;
  // A pointer leaving a mark or its words may be on its way to the other: they wait for it. A focused mark keeps its words.
  function leave() {
    clearTimeout(hiding);
    hiding = setTimeout(() => document.activeElement !== shown && hide(), LINGER_MS);
  }

  function show(mark: SVGGraphicsElement) {
    clearTimeout(hiding);
    shown = mark;
    for (const m of marks) m.classList.toggle('is-active', m === mark);
    tip.replaceChildren(...words.get(mark)!);
    tip.hidden = false;
    const markBox = mark.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    const left = Math.min(markBox.left - outer.left + markBox.width / 2, outer.width - tip.offsetWidth / 2);
    tip.style.left = `${Math.max(0, left - tip.offsetWidth / 2)}px`;
    // Above the mark, or below it where there is no room above: never over it, which would take the pointer from it.
    const above = markBox.top - outer.top - tip.offsetHeight - 8;
    tip.style.top = `${above >= 0 ? above : markBox.bottom - outer.top + 8}px`;
  }
  function hide() {
    tip.hidden = true;
    for (const m of marks) m.classList.remove('is-active');
  }
}

/**
 * The lines a mark shows, read from its row of the figure's table: one cell alone, else "Heading: value";
 * each a <div> holding a copy of its cell's words, in the cell's language, its links as plain words. A line
 * is shown by moving it into the tooltip: it belongs to one mark.
 */
function rowWords(figure: HTMLElement) {
  const headings = [...figure.querySelectorAll('.chart-data thead th')].map((th) => th.textContent!.trim());
  const rows = figure.querySelectorAll('.chart-data tbody tr');
  const listed = (figure.dataset.tipColumns ?? '').split(',').filter(Boolean).map(Number);
  const columns = (listed.length ? listed : headings.map((_, i) => i)).filter((c) => c < headings.length);
  return (mark: SVGGraphicsElement): HTMLDivElement[] => {
    const cells = (rows[Number(mark.dataset.row)] as HTMLTableRowElement | undefined)?.cells;
    if (!cells) return [];
    return columns.map((c) => {
      const words = document.createElement('span');
      const cell = cells[c];
      if (cell?.lang) words.lang = cell.lang;
      // A day's cell gives its day in words (src/components/DataTable.astro), not as the data writes it.
      if (cell?.dataset.words) words.append(cell.dataset.words);
      else if (cell) words.append(...cell.cloneNode(true).childNodes);
      for (const link of words.querySelectorAll('a')) link.replaceWith(...link.childNodes);
      const line = document.createElement('div');
      line.append(columns.length > 1 ? `${headings[c]}: ` : '', words);
      return line;
    });
  };
}
