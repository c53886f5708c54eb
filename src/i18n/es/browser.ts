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
  exactOn: 'Se buscaron solo estas palabras. ',
  exactOff: 'Buscar también ',
  alsoSearched: 'También se buscó: ',
  onlyFor: (q) => `Buscar solo «${q}»`,
  didYouMean: '¿Quiso decir ',
  results,
  resultsFor: (n, q) => `${results(n)} para «${q}»`,
  noResultsFor: (q) => `No hay resultados para «${q}»`,
  typeToSearch: 'Escriba una palabra o una frase para buscar en la explicación y en todas las fuentes.',
  searching: 'Buscando…',
  couldNotLoad: (message) => `No se pudo cargar la búsqueda: ${message}`,
  couldNotLoadShort: 'No se pudo cargar la búsqueda.',
  active: (n) => (n ? `(${formatNumber(n, LOCALE)} ${n === 1 ? 'activo' : 'activos'})` : '(ninguno activo)'),
  noPassage: 'Ningún pasaje coincide con estas palabras.',
  allResults: (n) => `Los ${formatNumber(n, LOCALE)} resultados, con filtros`,
  withFilters: 'Buscar con filtros',
  boxStatus: (n, q) => `${results(n)} para ${q}`,
  unsaved: (n) =>
    `${plural(n, 'resultado más está', 'resultados más están', LOCALE)} en páginas que no están guardadas en este dispositivo, así que no se pueden ver sin conexión. `,
  unsavedHow: 'Aparecerán cuando vuelva a tener conexión; para leer todas las páginas sin conexión, guarde el sitio completo (al pie de cualquier página).',
  indexMissing: ' (parte del índice de búsqueda no está guardada en este dispositivo, así que algunas palabras no encuentran nada hasta que vuelva a tener conexión)',
  filters: { kind: 'Tipo de página', outlet: 'Medio', month: 'Mes de publicación' },
  offline: {
    storage: (size) => `La lectura sin conexión no está disponible: este dispositivo no tiene espacio para ${size ? `los ${size}` : 'los archivos'} del sitio. Todas las páginas funcionan mientras esté en línea.`,
    download: 'La lectura sin conexión aún no está disponible: no se pudo descargar un archivo del sitio. Se volverá a intentar en su próxima visita.',
    changed: 'La lectura sin conexión aún no está disponible: el sitio se actualizó mientras se guardaba. Se volverá a intentar en su próxima visita.',
    blocked: 'La lectura sin conexión no está disponible: este navegador no permite que el sitio guarde páginas en este dispositivo.',
    ready: (size) => `Disponible sin conexión: todas las páginas y la búsqueda, ${size} guardados en este dispositivo.`,
    readyUnknown: 'Disponible sin conexión en este dispositivo.',
    saving: 'Guardando todas las páginas y la búsqueda en este dispositivo para leer sin conexión…',
    updated: 'Este sitio se actualizó. ',
    reload: 'Recargar',
  },
};
