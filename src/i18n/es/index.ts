import type { Words } from '../words';
import { cards } from './cards';
import { charts } from './charts';
import { comparison } from './comparison';
import { chartSources, data, feed, search, shared } from './data';
import { explainer, ledger, site, sources } from './pages';
import { figures } from './figures';
import { strikes, timeline } from './strikes';
import { chartPages } from './chartPages';

/** What each metric counts, in Spanish. */
const metrics: Words['metrics'] = {
  strikes: { label: 'Ataques', unit: 'ataques' },
  vessels: { label: 'Embarcaciones atacadas', unit: 'embarcaciones' },
  killed: { label: 'Personas muertas', unit: 'personas' },
  survivors: { label: 'Sobrevivientes', unit: 'personas' },
  troops: { label: 'Efectivos estadounidenses desplegados', unit: 'efectivos' },
  bounty_usd: { label: 'Recompensa de EE. UU. por Maduro', unit: 'dólares estadounidenses' },
  cocaine_transit_share_pct: { label: 'Parte de la cocaína que transita por Venezuela', unit: '%' },
  days_without_strike: { label: 'Días sin un ataque reportado', unit: 'días' },
  call_minutes: { label: 'Duración de la llamada telefónica', unit: 'minutos' },
  amnesty_associates: { label: 'Colaboradores en la petición de amnistía de Maduro, según los reportes', unit: 'personas' },
  ultimatum_days: { label: 'Ultimátum para salir de Venezuela, según los reportes', unit: 'días' },
  airlines_suspended: { label: 'Aerolíneas que cancelaron sus vuelos a Venezuela', unit: 'aerolíneas' },
};

/** Every word of the Spanish edition that the code writes. */
export const es: Words = {
  site,
  explainer,
  sources,
  ledger,
  data,
  search,
  chartSources,
  shared,
  feed,
  strikeData: 'Datos de ataques',
  charts,
  cards,
  figures,
  comparison,
  strikes,
  timeline,
  chartPages,
  metrics,
};
