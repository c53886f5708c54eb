import type { Words } from '../words';
import { cards } from './cards';
import { charts } from './charts';
import { comparison } from './comparison';
import { chartSources, data, feed, search, shared } from './data';
import { explainer, ledger, pager, site, sources } from './pages';
import { figures, metrics } from './figures';
import { strikes, timeline } from './strikes';
import { chartPages } from './chartPages';

/** Every word of the Spanish edition that the code writes. */
export const es: Words = {
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
  strikeData: 'Datos de ataques',
  reportedTotalsRow: (outlet) => `Totales informados (nuestros datos): ${outlet}`,
  charts,
  cards,
  figures,
  comparison,
  strikes,
  timeline,
  chartPages,
  metrics,
};
