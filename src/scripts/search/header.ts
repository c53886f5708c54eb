import { browserWords } from '../../i18n/browser';
import { searchFor, searchParams } from './query';
import { hitsOf, searchEditions, spellingHelp } from './engine';
import { h, hitItem, moveFocus, namesNote, spellingNote, unsavedItem } from './render';

/** How many results the box shows; the search page has the rest. */
const SHOWN = 5;

/**
 * The header's search box, once the reader focuses it: results open under it as they type, the arrow
 * keys move through them, Enter opens one (or, in the box, the search page), Escape closes them.
 */
export function attach(form: HTMLFormElement) {
  if (form.dataset.ready) return;
  form.dataset.ready = '';
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const links = () => [...panel.querySelectorAll<HTMLElement>('a')];
  let latest = 0;
  // Escape closes the results until the reader types again.
  let dismissed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const words = browserWords();
  // The search page of the page's edition (/search/, /es/search/), where the form itself would go.
  const searchPage = new URL(form.action).pathname;

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen || dismissed || !panel.childElementCount;
  };
  // Results that come once the reader has left the box do not open over the page.
  const openWhileFocused = () => open(form.contains(document.activeElement));

  async function update() {
    const q = input.value.trim();
    const run = ++latest;
    if (!q) return void (panel.replaceChildren(), (status.textContent = ''), open(false));
    try {
      const state = searchFor(q);
      const { results, otherNames, notFound, searched } = await searchEditions(state);
      const { hits, unsaved } = await hitsOf(results.slice(0, SHOWN));
      if (run !== latest) return;
      const page = (change: Partial<typeof state>) => `${searchPage}?${searchParams({ ...state, ...change })}`;
      const names = namesNote(q, otherNames, false, (exact) => page({ exact }));
      panel.replaceChildren(
        notFound.length ? h('p', { class: 'search-note' }, words.resultsFor(results.length, searched), words.notFound(notFound), '.') : '',
        names.length ? h('p', { class: 'search-note' }, ...names) : '',
        // No headings here: open, the results come before the page's h1 (WCAG 1.3.1). The list is named instead.
        hits.length || unsaved
          ? h('ol', { class: 'search-hits', 'aria-label': words.resultsHeading }, ...hits.map((hit) => hitItem(hit, 1, false)), unsaved > 0 && unsavedItem(unsaved))
          : h('p', { class: 'search-none' }, words.noPassage),
        h('p', { class: 'search-all' }, h('a', { href: page({}) }, results.length > SHOWN ? words.allResults(results.length) : words.withFilters)),
      );
      status.textContent = words.boxStatus(results.length, searched) + (notFound.length ? words.notFound(notFound) : '');
      openWhileFocused();
      // Spelling help after the results, not before: it may fetch the vocabulary and search again, word by word.
      const spelling = spellingNote(await spellingHelp(state).catch(() => []), (q) => page({ q }));
      if (run === latest && spelling.length) panel.querySelector('.search-all')!.before(h('p', { class: 'search-note' }, ...spelling)), openWhileFocused();
    } catch (error) {
      if (run !== latest) return;
      panel.replaceChildren(h('p', { class: 'search-none' }, words.couldNotLoad((error as Error).message)));
      status.textContent = words.couldNotLoadShort;
      openWhileFocused();
    }
  }

  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  input.addEventListener('focus', () => open(true));
  input.addEventListener('keydown', (event) => {
    // To the first result, past a note on the other names searched, whose link comes first.
    if (event.key === 'ArrowDown' && !panel.hidden) event.preventDefault(), (panel.querySelector<HTMLElement>('.search-hits a') ?? links()[0])?.focus();
    if (event.key === 'Escape') (dismissed = true), open(false);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') (dismissed = true), open(false), input.focus();
    else if (event.key === 'ArrowUp' && document.activeElement === links()[0]) event.preventDefault(), input.focus();
    else moveFocus(event, links());
  });
  // A click keeps the focus where it is: Safari does not focus a link it clicks, so the box would lose it to
  // nothing (relatedTarget null) and close the results before the click reached one.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  if (input.value.trim()) void update();
}
