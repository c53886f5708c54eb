import { formatNumber, plural } from '../../format/numbers';
import type { BrowserWords } from '../browser';

const LOCALE = 'es';
const results = (n: number) => plural(n, 'resultado', 'resultados', LOCALE);

/** What the browser's scripts write, in Spanish. */
export const browser: BrowserWords = {
  locale: LOCALE,
  kinds: { explainer: 'Explicación', strike: 'Ataque', timeline: 'Cronología', data: 'Datos', source: 'Fuente' },
  inLanguage: { en: 'en inglés', es: 'en español' },
  morePassages: (n) => `y ${plural(n, 'pasaje más', 'pasajes más', LOCALE)} en esta página`,
  paragraph: (n) => `Párrafo ${n}`,
  topOfPage: 'Inicio de la página',
  exactOn: 'Se buscaron solo estas palabras. ',
  exactOff: 'Buscar también ',
  alsoSearched: 'También se buscó: ',
  onlyFor: (q) => `Buscar solo «${q}»`,
  didYouMean: '¿Quiso decir ',
  results,
  resultsFor: (n, q) => `${results(n)} para «${q}»`,
  noResultsFor: (q) => `No hay resultados para «${q}»`,
  notFound: (words) => {
    const quoted = words.map((word) => `«${word}»`);
    return ` (ninguna página tiene ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ni ${quoted.at(-1)}` : quoted[0]})`;
  },
  typeToSearch: 'Escriba una palabra o una frase para buscar en la explicación y en todas las fuentes.',
  searching: 'Buscando…',
  couldNotLoad: (message) => `No se pudo cargar la búsqueda: ${message}`,
  couldNotLoadShort: 'No se pudo cargar la búsqueda.',
  resultsHeading: 'Resultados',
  active: (n) => (n ? `(${formatNumber(n, LOCALE)} ${n === 1 ? 'activo' : 'activos'})` : '(ninguno activo)'),
  noPassage: 'Ningún pasaje coincide con estas palabras.',
  allResults: (n) => `Los ${formatNumber(n, LOCALE)} resultados, con filtros`,
  withFilters: 'Buscar con filtros',
  boxStatus: (n, q) => `${results(n)} para ${q}`,
  unsaved: (n) =>
    `${plural(n, 'resultado más está', 'resultados más están', LOCALE)} en páginas que no están guardadas en este dispositivo, así que no se pueden ver sin conexión. `,
  unsavedHow: 'Aparecerán cuando vuelva a tener conexión; para leer todas las páginas sin conexión, guarde el sitio completo (al pie de cualquier página).',
  indexMissing: ' (parte del índice de búsqueda no está guardada en este dispositivo, así que algunas palabras no encuentran nada hasta que vuelva a tener conexión)',
  filters: { kind: 'Tipo de página', outlet: 'Medio', month: 'Mes' },
  outletUnknown: 'Medio no identificado',
};
