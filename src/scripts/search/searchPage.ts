import { browserWords } from '../../i18n/browser';
import { NOT_SAVED } from '../offline/offlineCopy';
import { hitItem, moveFocus, namesNote, spellingNote, unsavedItem } from './render';
import { editionFilters, hitsOf, type Outcome, searchEditions, spellingHelp } from './engine';
import { filterBox } from './filters';
import { activeFilters, type FilterKey, parseSearch, type SearchState, searchParams, type SortOrder } from './query';

/** Results shown at once; "More results" shows as many again. */
const PAGE = 10;

/** The page's parts, found once. */
function parts() {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
  const app = document.querySelector<HTMLElement>('[data-search-app]')!;
  return {
    form,
    input: form.querySelector('input')!,
    app,
    status: app.querySelector<HTMLElement>('[role="status"]')!,
    names: app.querySelector<HTMLElement>('[data-search-names]')!,
    spelling: app.querySelector<HTMLElement>('[data-search-spelling]')!,
    refine: app.querySelector<HTMLDetailsElement>('[data-search-refine]')!,
    active: app.querySelector<HTMLElement>('[data-search-active]')!,
    filtersBox: app.querySelector<HTMLElement>('[data-search-filters]')!,
    sort: app.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    list: app.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: app.querySelector<HTMLButtonElement>('[data-search-more]')!,
  };
}
type Parts = ReturnType<typeof parts>;

/** Focus on what "More results" added: the first result's link, or, where none of them could load, the note that says so. */
function focusAdded(target: Element | null) {
  if (!(target instanceof HTMLElement)) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/** The list of results: a page of them at a time, more on demand. */
function resultList(list: HTMLOListElement, more: HTMLButtonElement) {
  let outcome: Outcome | undefined;
  let shown = 0;
  // Results listed so far, and of them those whose pages could not load (offline, not saved).
  let listed = 0;
  let unsaved = 0;
  // From the "More results" button, focus moves to the first result it added (the button may hide, as the last page shows).
  const showMore = async (fromButton = false) => {
    if (!outcome) return;
    const run = ++shown;
    const next = outcome.results.slice(listed, listed + PAGE);
    const found = await hitsOf(next);
    // A newer search has replaced these results meanwhile.
    if (run !== shown) return;
    listed += next.length;
    unsaved += found.unsaved;
    list.querySelector('[data-search-unsaved]')?.remove();
    const added = found.hits.map((hit) => hitItem(hit));
    list.append(...added);
    if (unsaved) list.append(unsavedItem(unsaved));
    more.hidden = listed >= outcome.results.length;
    if (fromButton) focusAdded(added[0]?.querySelector('a') ?? list.lastElementChild);
  };
  more.addEventListener('click', () => void showMore(true));
  return {
    /** Shows the first page of a search's results, or none. */
    show(found: Outcome | undefined) {
      outcome = found;
      shown++;
      listed = 0;
      unsaved = 0;
      list.replaceChildren();
      more.hidden = true;
      return showMore();
    },
    /** The links of the results shown, for the arrow keys. */
    links: () => [...list.querySelectorAll<HTMLElement>('a')],
  };
}

/** Fills a note's element, and hides it when there is nothing to say. */
function note(element: HTMLElement, children: ReturnType<typeof namesNote>) {
  element.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
  element.hidden = !children.length;
}

/** The disclosure's count: "2 active" (filter values ticked, and a sort other than the best match). */
const activeText = (state: SearchState) => browserWords().active(activeFilters(state) + (state.sort === 'relevance' ? 0 : 1));

/** Runs the page's searches, the newest winning: keeps each in the address and says what it found. */
function searcher(ui: Parts, results: ReturnType<typeof resultList>, filters: ReturnType<typeof filterBox>) {
  const { app, status, names, spelling, active } = ui;
  const words = browserWords();
  let latest = 0;
  const address = (state: SearchState) => `${location.pathname}?${searchParams(state)}`;
  // Parts of the index the service worker could not give (offline, not saved): words there find nothing.
  let indexMissing = 0;
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string } | undefined>) => {
    if (event.data?.type === NOT_SAVED) indexMissing += 1;
  });
  navigator.serviceWorker?.startMessages();
  return async function run(state: SearchState) {
    const run = ++latest;
    const query = searchParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    app.dataset.state = 'busy';
    active.textContent = activeText(state);
    note(names, []);
    note(spelling, []);
    if (!state.q) {
      await results.show(undefined);
      filters.showCounts(undefined);
      status.textContent = words.typeToSearch;
      app.dataset.state = 'done';
      return;
    }
    status.textContent = words.searching;
    const missingBefore = indexMissing;
    try {
      const found = await searchEditions(state);
      if (run !== latest) return;
      const [counts] = await Promise.all([found.counts(), results.show(found)]);
      if (run !== latest) return;
      filters.showCounts(counts);
      const n = found.results.length;
      status.textContent = (n ? words.resultsFor(n, found.searched) : words.noResultsFor(found.searched)) + (found.notFound.length ? words.notFound(found.notFound) : '');
      if (indexMissing > missingBefore) status.textContent += words.indexMissing;
      note(names, namesNote(state.q, found.otherNames, state.exact, (exact) => address({ ...state, exact })));
      // Spelling help that cannot load (its vocabulary unreachable) leaves the results as they are.
      const suggestions = await spellingHelp(state).catch(() => []);
      if (run !== latest) return;
      note(spelling, spellingNote(suggestions, (q) => address({ ...state, q, exact: false })));
    } catch (error) {
      if (run === latest) status.textContent = words.couldNotLoad((error as Error).message);
    }
    // Tests and anything else that waits on a search watch this.
    if (run === latest) app.dataset.state = 'done';
  };
}

/** Keeps the filters open beside the results where both fit, and closed (results first) where they do not. */
function fitFilters(refine: HTMLDetailsElement) {
  const sideBySide = matchMedia(refine.dataset.openWhen!);
  const fit = () => (refine.open = sideBySide.matches);
  fit();
  sideBySide.addEventListener('change', fit);
}

/** The /search/ page: the query, filters, sort and exact mode live in the address, so a search can be shared and reloaded. */
export async function start() {
  const ui = parts();
  const { form, input, app, status, sort, list } = ui;
  let state: SearchState = parseSearch(new URLSearchParams(location.search));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const results = resultList(list, ui.more);
  const filters = filterBox(ui.filtersBox, (key: FilterKey, value, checked) => {
    const values = new Set(state.filters[key]);
    if (checked) values.add(value);
    else values.delete(value);
    void search({ filters: { ...state.filters, [key]: [...values] } });
  });
  const run = searcher(ui, results, filters);
  const search = (change: Partial<SearchState>) => {
    state = { ...state, ...change };
    return run(state);
  };

  input.value = state.q;
  sort.value = state.sort;
  fitFilters(ui.refine);
  app.hidden = false;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // New words are searched with every name for what they name again.
    timer = setTimeout(() => search({ q: input.value.trim(), exact: false }), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search({ q: input.value.trim() });
  });
  sort.addEventListener('change', () => void search({ sort: sort.value as SortOrder }));
  // The notes' links (exact words, a spelling) run their search here, without loading the page again.
  app.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-exact], [data-suggestion]');
    if (!link) return;
    event.preventDefault();
    const next = parseSearch(new URL(link.href).searchParams);
    input.value = next.q;
    void search({ q: next.q, exact: next.exact });
    input.focus();
  });
  try {
    filters.render(await editionFilters(), state);
  } catch (error) {
    status.textContent = browserWords().couldNotLoad((error as Error).message);
    return;
  }
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.childElementCount) event.preventDefault(), results.links()[0]?.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' && document.activeElement === results.links()[0]) event.preventDefault(), input.focus();
    else moveFocus(event, results.links());
  });
  await run(state);
}
