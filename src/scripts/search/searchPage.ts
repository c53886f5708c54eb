import { type SearchKind, kindLabels, monthLabel, searchKinds } from './meta';
import { type FilterKey, filterKeys, parseSearch, type SearchState, searchParams, sortOrders } from './query';
import { hitOf, type Outcome, runSearch } from './engine';
import { loadPagefind, type FilterCounts } from './pagefind';
import { h, hitItem, moveFocus } from './render';

/** Results shown at once; "More results" shows as many again. */
const PAGE = 10;

const filterNames: Record<FilterKey, string> = { kind: 'Kind of page', outlet: 'Outlet', month: 'Month published' };

/** A filter's values in reading order: kinds as listed, months by date, outlets by name. */
function orderValues(key: FilterKey, values: string[]): string[] {
  if (key === 'kind') return searchKinds.filter((kind) => values.includes(kind));
  return [...values].sort((a, b) => a.localeCompare(b, 'en'));
}

const valueLabel = (key: FilterKey, value: string) =>
  key === 'kind' ? (kindLabels[value as SearchKind] ?? value) : key === 'month' ? monthLabel(value) : value;

/** The /search/ page: the query, filters and sort live in the address, so a search can be shared and reloaded. */
export async function start() {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
  const input = form.querySelector('input')!;
  const app = document.querySelector<HTMLElement>('[data-search-app]')!;
  const status = app.querySelector<HTMLElement>('[role="status"]')!;
  const filtersBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
  const sort = app.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let state: SearchState = parseSearch(new URLSearchParams(location.search));
  let outcome: Outcome | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.q;
  sort.value = state.sort;
  app.hidden = false;

  const remember = () => {
    const query = searchParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  /** One fieldset of checkboxes per filter, built once from the whole index so focus stays put. */
  function renderFilters(totals: FilterCounts) {
    filtersBox.replaceChildren(
      ...filterKeys
        .filter((key) => Object.keys(totals[key] ?? {}).length)
        .map((key) =>
          h(
            'fieldset',
            {},
            h('legend', {}, filterNames[key]),
            ...orderValues(key, Object.keys(totals[key]!)).map((value) => {
              const box = h('input', { type: 'checkbox', name: key, value });
              box.checked = state.filters[key].includes(value);
              return h('label', {}, box, ` ${valueLabel(key, value)} `, h('span', { class: 'search-count', 'data-count': `${key}:${value}` }));
            }),
          ),
        ),
    );
  }

  /** How many of the current results each filter value has (none without a query). */
  function showCounts(counts: FilterCounts | undefined) {
    for (const span of filtersBox.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key, value] = span.dataset.count!.split(/:(.*)/s) as [string, string];
      span.textContent = counts ? `(${counts[key]?.[value] ?? 0})` : '';
    }
  }

  async function showMore() {
    if (!outcome) return;
    const run = latest;
    const next = outcome.results.slice(list.childElementCount, list.childElementCount + PAGE);
    const hits = await Promise.all(next.map(hitOf));
    if (run !== latest) return;
    list.append(...hits.map((hit) => hitItem(hit)));
    more.hidden = list.childElementCount >= outcome.results.length;
  }

  async function update() {
    const run = ++latest;
    remember();
    app.dataset.state = 'busy';
    if (!state.q) {
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or a phrase to search every source and the explainer.';
      app.dataset.state = 'done';
      return showCounts(undefined);
    }
    status.textContent = 'Searching…';
    try {
      const found = await runSearch(state);
      if (run !== latest) return;
      outcome = found;
      list.replaceChildren();
      await showMore();
      if (run !== latest) return;
      showCounts(found.filters);
      const n = found.results.length;
      status.textContent = n ? `${n} result${n === 1 ? '' : 's'} for “${state.q}”` : `No results for “${state.q}”`;
    } catch (error) {
      if (run === latest) status.textContent = `Search could not load: ${(error as Error).message}`;
    }
    // Tests and anything else that waits on a search watch this.
    if (run === latest) app.dataset.state = 'done';
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => ((state = { ...state, q: input.value.trim() }), update()), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim() };
    void update();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as FilterKey;
    const values = new Set(state.filters[key]);
    box.checked ? values.add(box.value) : values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...values] } };
    void update();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value as keyof typeof sortOrders };
    void update();
  });
  more.addEventListener('click', () => void showMore());
  try {
    renderFilters(await (await loadPagefind()).filters());
  } catch (error) {
    status.textContent = `Search could not load: ${(error as Error).message}`;
    return;
  }
  const resultLinks = () => [...list.querySelectorAll<HTMLElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.childElementCount) event.preventDefault(), resultLinks()[0]?.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' && document.activeElement === resultLinks()[0]) event.preventDefault(), input.focus();
    else moveFocus(event, resultLinks());
  });
  await update();
}
