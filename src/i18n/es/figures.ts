import { formatNumber } from '../../format/numbers';
import type { Qualifier } from '../../schemas/metrics';
import type { countWords } from '../../schemas/reportedTotal';
import type { FigureWords, Words } from '../words';

/** The words a source puts before a figure, in Spanish. */
const QUALIFIERS: Record<Qualifier, string> = {
  exact: '',
  'at least': 'al menos',
  'more than': 'más de',
  'less than': 'menos de',
  about: 'unos',
  approximately: 'aproximadamente',
  nearly: 'casi',
};

/** The words an outlet prints after a figure, in Spanish. */
const COUNT_WORDS: Record<(typeof countWords)[number], string> = { rescued: 'rescatados' };

const number = (n: number) => formatNumber(n, 'es');
const join = (...words: string[]) => words.filter(Boolean).join(' ');

const [MILLION, TENTH] = [1_000_000, 100_000];
/** Millions to a tenth: "1,5", "50". */
const millionsOf = new Intl.NumberFormat('es', { maximumFractionDigits: 1, useGrouping: 'always' });

/**
 * An amount of dollars as a Spanish newsroom writes it: "50 millones de dólares", "0,9–1,5 millones", in
 * millions where the largest is one or more and each is a whole tenth of one; else in full ("25.000 dólares",
 * "1.234.567 dólares").
 */
function dollars(value: number, max: number | undefined): string {
  const top = max ?? value;
  if (top < MILLION || value % TENTH || top % TENTH) return `${max === undefined ? number(value) : `${number(value)}–${number(top)}`} dólares`;
  const inMillions = (n: number) => millionsOf.format(n / MILLION);
  const millions = max === undefined ? inMillions(value) : `${inMillions(value)}–${inMillions(top)}`;
  return `${millions} ${top === MILLION ? 'millón' : 'millones'} de dólares`;
}

/** Figures in Spanish: "al menos 83", "5–8 %", "50 millones de dólares", "más de 15.000". */
export const figures: FigureWords = {
  figure: ({ value, max, qualifier, unit }) => {
    const range = max === undefined ? number(value) : `${number(value)}–${number(max)}`;
    return join(QUALIFIERS[qualifier], unit === 'dollars' ? dollars(value, max) : unit === 'percent' ? `${range}\u00a0%` : range);
  },
  printed: (f) => join(QUALIFIERS[f.qualifier], number(f.value), f.counts ? COUNT_WORDS[f.counts] : ''),
};

/** What each metric counts, in Spanish. */
export const metrics: Words['metrics'] = {
  strikes: { label: 'Ataques', unit: 'ataques' },
  vessels: { label: 'Embarcaciones atacadas', unit: 'embarcaciones' },
  killed: { label: 'Personas muertas', unit: 'personas' },
  survivors: { label: 'Sobrevivientes', unit: 'personas' },
  troops: { label: 'Efectivos estadounidenses desplegados', unit: 'efectivos' },
  bounty_usd: { label: 'Recompensa de EE. UU. por Maduro', unit: 'dólares estadounidenses' },
  cocaine_transit_share_pct: { label: 'Parte de la cocaína que transita por Venezuela', unit: '%' },
  days_without_strike: { label: 'Días sin un ataque informado', unit: 'días' },
  call_minutes: { label: 'Duración de la llamada telefónica', unit: 'minutos' },
  amnesty_associates: { label: 'Colaboradores para los que Maduro pidió amnistía, según los reportes', unit: 'personas' },
  ultimatum_days: { label: 'Ultimátum para salir de Venezuela, según los reportes', unit: 'días' },
  airlines_suspended: { label: 'Aerolíneas que cancelaron sus vuelos a Venezuela', unit: 'aerolíneas' },
};
