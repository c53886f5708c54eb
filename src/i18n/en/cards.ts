import { formatDate } from '../../format/dates';
import { plural } from '../../format/numbers';
import type { CardWords } from '../words';

/** A social card's words, in English. */
export const cards: CardWords = {
  kinds: { explainer: 'Explainer', source: 'Source', strike: 'Strike', chart: 'Chart' },
  updated: (day) => `Updated ${formatDate(day)}`,
  published: (day) => `Published ${formatDate(day)}`,
  figures: (count) => (count === 0 ? 'No figures tracked in the ledger' : `${plural(count, 'figure')} tracked in the ledger`),
  region: (region) => `in ${region}`,
  tollNote: (counted) => (counted ? 'as the US announced' : 'not counted'),
  chart: 'Chart',
  map: 'Map',
  unconfirmed: 'claimed, never confirmed',
  mapTitle: (strike, region) => `${strike} on the map of ${region}`,
};
