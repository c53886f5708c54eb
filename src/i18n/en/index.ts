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
  charts,
  cards,
  figures,
  comparison,
  strikes,
  timeline,
  chartPages,
  metrics,
};
