import { formatNumber, plural } from '../../format/numbers';
import type { BrowserWords } from '../browser';

const results = (n: number) => plural(n, 'result');

/** What the browser's scripts write, in English. */
export const browser: BrowserWords = {
  // Days as the English edition writes them: 1 December 2025.
  locale: 'en-GB',
  kinds: { explainer: 'Explainer', strike: 'Strike', timeline: 'Timeline', data: 'Data', source: 'Source' },
  inLanguage: { en: 'in English', es: 'in Spanish' },
  morePassages: (n) => `and ${plural(n, 'more passage', 'more passages')} on this page`,
  paragraph: (n) => `Paragraph ${n}`,
  topOfPage: 'Top of the page',
  exactOn: 'Searched for these words only. ',
  exactOff: 'Also search for ',
  alsoSearched: 'Also searched for: ',
  onlyFor: (q) => `Search only for “${q}”`,
  didYouMean: 'Did you mean ',
  results,
  resultsFor: (n, q) => `${results(n)} for “${q}”`,
  noResultsFor: (q) => `No results for “${q}”`,
  notFound: (words) => ` (no page has ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(words.map((word) => `“${word}”`))})`,
  typeToSearch: 'Type a word or a phrase to search every source and the explainer.',
  searching: 'Searching…',
  couldNotLoad: (message) => `Search could not load: ${message}`,
  couldNotLoadShort: 'Search could not load.',
  resultsHeading: 'Results',
  active: (n) => (n ? `(${formatNumber(n)} active)` : '(none active)'),
  noPassage: 'No passage matches these words.',
  allResults: (n) => `All ${formatNumber(n)} results, with filters`,
  withFilters: 'Search with filters',
  boxStatus: (n, q) => `${results(n)} for ${q}`,
  unsaved: (n) => `${plural(n, 'more result is', 'more results are')} in pages not saved on this device, so not available offline. `,
  unsavedHow: 'They show when you are back online; to read every page offline, save the whole site (at the foot of any page).',
  indexMissing: ' (part of the search index is not saved on this device, so some words find nothing until you are back online)',
  filters: { kind: 'Kind of page', outlet: 'Outlet', month: 'Month' },
  outletUnknown: 'Outlet not identified',
};
