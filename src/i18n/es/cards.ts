import { formatDate } from '../../format/dates';
import { plural } from '../../format/numbers';
import type { CardWords } from '../words';
import { ofRegion } from './strikes';

const LOCALE = 'es';

/** A social card's words, in Spanish. */
export const cards: CardWords = {
  kinds: { explainer: 'Explicación', source: 'Fuente', strike: 'Ataque', chart: 'Gráfico' },
  updated: (day) => `Actualizado el ${formatDate(day, LOCALE)}`,
  published: (day) => `Publicado el ${formatDate(day, LOCALE)}`,
  figures: (count) => (count === 0 ? 'Ninguna cifra en el registro de cifras' : `${plural(count, 'cifra', 'cifras', LOCALE)} en el registro de cifras`),
  region: (region) => `en ${region}`,
  tollNote: (counted) => (counted ? 'según anunció EE. UU.' : 'no contado'),
  chart: 'Gráfico',
  map: 'Mapa',
  unconfirmed: 'anunciado de palabra, nunca confirmado',
  mapTitle: (strike, region) => `${strike} en el mapa ${ofRegion(region)}`,
};
