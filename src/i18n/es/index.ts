import type { Words } from '../words';
import { cards } from './cards';
import { charts } from './charts';
import { comparison } from './comparison';
import { chartSources, data, feed, search, shared } from './data';
import { explainer, ledger, pager, site, sources } from './pages';
import { figures, metrics } from './figures';
import { strikes, timeline } from './strikes';
import { chartPages } from './chartPages';
import { formatDate, formatSpanStart } from '../../format/dates';
import { formatList, plural } from '../../format/numbers';

const LOCALE = 'es';

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
  strikeDataThrough: (first, last) => `Datos de ataques, del ${formatSpanStart(first, last, LOCALE)} al ${formatDate(last, LOCALE)}`,
  runningTotal: ({ events, strikes, vessels, killed }, last, leftOut) =>
    `${plural(strikes, 'ataque', 'ataques', LOCALE)} contra ${plural(vessels, 'embarcación', 'embarcaciones', LOCALE)}, ${plural(killed, 'muerto', 'muertos', LOCALE)}: ` +
    `la suma de ${plural(events, 'episodio anunciado', 'episodios anunciados', LOCALE)}, el último de ellos el episodio ${last}` +
    (leftOut.length ? ` (sin ${leftOut.length === 1 ? 'el supuesto ataque no confirmado' : 'los supuestos ataques no confirmados'} ${formatList(leftOut, LOCALE)}, que queda${leftOut.length === 1 ? '' : 'n'} fuera de toda suma)` : ''),
  charts,
  cards,
  figures,
  comparison,
  strikes,
  timeline,
  chartPages,
  metrics,
};
