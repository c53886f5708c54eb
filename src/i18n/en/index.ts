import type { Words } from '../words';
import { cards } from './cards';
import { charts } from './charts';
import { comparison } from './comparison';
import { chartSources, data, feed, search, shared } from './data';
import { explainer, ledger, pager, site, sources } from './pages';
import { figures } from './figures';
import { strikes, timeline } from './strikes';
import { chartPages } from './chartPages';
import { metrics } from '../../schemas/metrics';
import { formatDate, formatSpanStart } from '../../format/dates';
import { formatList, formatNumber, plural } from '../../format/numbers';

/** Every word of the English edition that the code writes. */
export const en: Words = {
  site,
  explainer,
  sources,
  ledger,
  pager,
  data,
  search,
  chartSources,
  shared,
  feed,
  strikeData: 'Strike data',
  reportedTotalsRow: (outlet) => `Reported totals in our data: ${outlet}`,
  strikeDataThrough: (first, last) => `Strike data, ${formatSpanStart(first, last)} to ${formatDate(last)}`,
  runningTotal: ({ events, strikes, vessels, killed }, last, leftOut) =>
    `${plural(strikes, 'strike')} on ${plural(vessels, 'vessel')}, ${formatNumber(killed)} killed: ${plural(events, 'announced event')} added up, the last of them event ${last}` +
    (leftOut.length ? ` (without ${leftOut.length === 1 ? 'the unconfirmed claim' : 'the unconfirmed claims'} ${formatList(leftOut)}, which no sum counts)` : ''),
  charts,
  cards,
  figures,
  comparison,
  strikes,
  timeline,
  chartPages,
  metrics,
};
