import { formatMonthLabel } from '../../format/dates';
import { browserWords } from '../../i18n/browser';
import { type SearchKind, searchKinds } from './meta';
import type { FilterCounts } from './pagefind';
import { type FilterKey, filterKeys, type SearchState } from './query';
import { h, outletLabel } from './render';

const valueLabel = (key: FilterKey, value: string) =>
  key === 'kind' ? (browserWords().kinds[value as SearchKind] ?? value) : key === 'month' ? formatMonthLabel(value, browserWords().locale) : outletLabel(value);

/** A filter's values in reading order: kinds as meta.ts lists them (any other after, by name), months by date, outlets by the name the reader sees. */
function orderValues(key: FilterKey, values: string[]): string[] {
  const listed: readonly string[] = key === 'kind' ? searchKinds : [];
  const place = (value: string) => (listed.includes(value) ? listed.indexOf(value) : listed.length);
  const name = (value: string) => (key === 'outlet' ? valueLabel(key, value) : value);
  return [...values].sort((a, b) => place(a) - place(b) || name(a).localeCompare(name(b), browserWords().locale));
}

/**
 * The search page's filters: one fieldset of checkboxes per filter, built once from the whole index so
 * focus stays put, each value with its count among the current results. `onToggle` hears each value a
 * reader ticks or unticks.
 */
export function filterBox(box: HTMLElement, onToggle: (key: FilterKey, value: string, checked: boolean) => void) {
  box.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    onToggle(input.name as FilterKey, input.value, input.checked);
  });
  return {
    /** Lists every value of every filter in the index, ticking those the search has. */
    render(totals: FilterCounts, state: SearchState) {
      box.replaceChildren(
        ...filterKeys
          .filter((key) => Object.keys(totals[key] ?? {}).length)
          .map((key) =>
            h(
              'fieldset',
              {},
              h('legend', {}, browserWords().filters[key]),
              ...orderValues(key, Object.keys(totals[key]!)).map((value) => {
                const input = h('input', { type: 'checkbox', name: key, value });
                input.checked = state.filters[key].includes(value);
                return h('label', {}, input, ` ${valueLabel(key, value)} `, h('span', { class: 'search-count', 'data-count': `${key}:${value}` }));
              }),
            ),
          ),
      );
    },
    /** How many of the current results each value has; none without a query. */
    showCounts(counts: FilterCounts | undefined) {
      for (const span of box.querySelectorAll<HTMLElement>('[data-count]')) {
        const [key, value] = span.dataset.count!.split(/:(.*)/s) as [string, string];
        span.textContent = counts ? `(${counts[key]?.[value] ?? 0})` : '';
      }
    },
  };
}
