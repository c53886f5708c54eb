import { plural } from '../../format/numbers';
import { hitItem, moveFocus } from './render';
import { hitOf, type Outcome, runSearch } from './engine';
import { filterBox } from './filters';
import { loadPagefind } from './pagefind';
import { type FilterKey, parseSearch, type SearchState, searchParams, type SortOrder } from './query';

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
    filtersBox: app.querySelector<HTMLElement>('[data-search-filters]')!,
    sort: app.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    list: app.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: app.querySelector<HTMLButtonElement>('[data-search-more]')!,
  };
}

/** The list of results: a page of them at a time, more on demand. */
function resultList(list: HTMLOListElement, more: HTMLButtonElement) {
  let outcome: Outcome | undefined;
  let shown = 0;
  const showMore = async () => {
    if (!outcome) return;
    const run = ++shown;
    const next = outcome.results.slice(list.childElementCount, list.childElementCount + PAGE);
    const hits = await Promise.all(next.map(hitOf));
    // A newer search has replaced these results meanwhile.
    if (run !== shown) return;
    list.append(...hits.map((hit) => hitItem(hit)));
    more.hidden = list.childElementCount >= outcome.results.length;
  };
  more.addEventListener('click', () => void showMore());
  return {
    /** Shows the first page of a search's results, or none. */
    show(found: Outcome | undefined) {
      outcome = found;
      shown++;
      list.replaceChildren();
      more.hidden = true;
      return showMore();
    },
    /** The links of the results shown, for the arrow keys. */
    links: () => [...list.querySelectorAll<HTMLElement>('a')],
  };
}

/** Runs the page's searches, the newest winning: keeps each in the address and says what it found. */
function searcher({ app, status }: ReturnType<typeof parts>, results: ReturnType<typeof resultList>, filters: ReturnType<typeof filterBox>) {
  let latest = 0;
  return async function run(state: SearchState) {
    const run = ++latest;
    const query = searchParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    app.dataset.state = 'busy';
    if (!state.q) {
      await results.show(undefined);
      filters.showCounts(undefined);
      status.textContent = 'Type a word or a phrase to search every source and the explainer.';
      app.dataset.state = 'done';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const found = await runSearch(state);
      if (run !== latest) return;
      await results.show(found);
      if (run !== latest) return;
      filters.showCounts(found.filters);
      const n = found.results.length;
      status.textContent = n ? `${plural(n, 'result')} for “${state.q}”` : `No results for “${state.q}”`;
    } catch (error) {
      if (run === latest) status.textContent = `Search could not load: ${(error as Error).message}`;
    }
    // Tests and anything else that waits on a search watch this.
    if (run === latest) app.dataset.state = 'done';
  };
}

/** The /search/ page: the query, filters and sort live in the address, so a search can be shared and reloaded. */
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
  app.hidden = false;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search({ q: input.value.trim() }), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search({ q: input.value.trim() });
  });
  sort.addEventListener('change', () => void search({ sort: sort.value as SortOrder }));
  try {
    filters.render(await (await loadPagefind()).filters(), state);
  } catch (error) {
    status.textContent = `Search could not load: ${(error as Error).message}`;
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
