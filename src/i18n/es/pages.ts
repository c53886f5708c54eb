import { formatDate } from '../../format/dates';
import { formatNumber, plural } from '../../format/numbers';
import { browser } from './browser';
import type { ExplainerWords, LedgerWords, PagerWords, SiteWords, SourceWords } from '../words';

const LOCALE = 'es';
const date = (d: Date) => formatDate(d, LOCALE);

/** The words of the link to search on the shared pages, and of the installed app's shortcut to it. */
const SEARCH_EVERY_SOURCE = 'Buscar en todas las fuentes';

/** Every page's shell, in Spanish. */
export const site: SiteWords = {
  name: 'Ataques en el mar',
  description:
    'Una explicación con fuentes de los ataques de Estados Unidos contra embarcaciones en el Caribe y el Pacífico oriental y de la llamada telefónica entre Trump y Maduro de noviembre de 2025, a partir de artículos de medios con posiciones muy distintas.',
  nav: { '/': 'Explicación', '/strikes/': 'Ataques', '/timeline/': 'Cronología', '/sources/': 'Fuentes', '/ledger/': 'Cifras', '/data/': 'Datos' },
  navLabel: 'Principal',
  englishOnly: 'en inglés',
  pageInEnglish: 'página en inglés',
  skipLink: 'Saltar al contenido',
  languages: 'Idioma',
  footer:
    'explica los ataques de Estados Unidos contra embarcaciones en el Caribe y el Pacífico oriental desde septiembre de 2025 y la llamada telefónica entre Trump y Maduro de noviembre de 2025, a partir de artículos de medios que ven estos hechos de maneras muy distintas. Cada cifra enlaza al párrafo del que proviene.',
  allSources: 'Todas las fuentes',
  about: 'Quiénes somos y cómo corregimos errores (en inglés)',
  feedTitle: 'nuevas fuentes y actualizaciones',
  searchEverySource: SEARCH_EVERY_SOURCE,
  app: {
    shortName: 'Ataques',
    shortcuts: {
      search: { name: SEARCH_EVERY_SOURCE, shortName: 'Buscar', description: 'Busque en las fuentes, palabra por palabra, y en la explicación.' },
      data: { name: 'Los datos', shortName: 'Datos', description: 'Cada episodio de ataque y cada total publicado, con sus fuentes, para descargar.' },
    },
  },
};

/** The explainer's page, in Spanish. */
export const explainer: ExplainerWords = {
  by: 'Por',
  team: 'el equipo editorial de Ataques en el mar',
  published: 'Publicado el',
  minutesRead: (minutes) => `${plural(minutes, 'minuto', 'minutos', LOCALE)} de lectura`,
  updated: 'Actualizado el',
  log: 'Actualizaciones y correcciones',
  citations: (count) => ({ before: `${formatNumber(count, LOCALE)} citas de`, sources: 'las fuentes', and: 'y', data: 'los datos' }),
  contents: 'Contenido',
  logHeading: 'Actualizaciones y correcciones',
  noChanges: 'Sin cambios desde su publicación.',
  kinds: { correction: 'Corrección', update: 'Actualización' },
  firstPublished: 'Publicado por primera vez en español el',
  notesHeading: 'Notas: cada pasaje citado',
  notesAbout: 'Cada nota cita, tal como está en el texto de la fuente y en su idioma, el párrafo de una fuente al que remiten las citas marcadas con su número (su enlace lleva a ese párrafo en la página de la fuente, que está en inglés), o nombra la fila de nuestros datos a la que remiten.',
  strikePage: 'la página del ataque: quiénes iban a bordo, qué dice cada reporte',
  paragraph: (n) => `párrafo ${n}`,
  note: (n) => `Nota ${n}`,
  backToCitation: (note) => `Nota ${note}: volver a su cita`,
  backToCitationOf: (note, letter) => `Nota ${note}: volver a la cita ${letter}`,
  translation: {
    translates: (revision, updated) =>
      `Traducción del inglés, puesta al día el ${date(updated)} con la versión en inglés del ${date(revision)}.`,
    englishHref: '/',
    englishLink: 'Leer la versión en inglés',
    behind: (english) => `La versión en inglés tiene cambios del ${date(english)} que esta traducción aún no incluye.`,
    quotes: 'Citamos las fuentes en inglés, tal como se publicaron; entre corchetes va nuestra traducción.',
    originalPublished: (d) =>
      `La versión en inglés se publicó por primera vez el ${date(d)}; las correcciones anteriores a esta traducción se hicieron en ella, y se incluyen aquí.`,
  },
};

/** The sources' pages, in Spanish: the interface around each article, which stays in English. */
export const sources: SourceWords = {
  outletUnknown: browser.outletUnknown,
  listTitle: 'Fuentes',
  listDescription: 'Los artículos de prensa en los que se basa esta explicación, del más reciente al más antiguo, cada uno palabra por palabra y en su idioma.',
  listIntro: (count, allEnglish) =>
    `Los ${formatNumber(count, LOCALE)} artículos de prensa en los que se basa este sitio, del más reciente al más antiguo. Cada uno se conserva palabra por palabra y en el idioma en que se publicó${allEnglish ? ' (todos en inglés)' : ''}, sin más que quitarle los elementos de la página, y cada párrafo tiene un número al que se puede enlazar. Los resúmenes son nuestros.`,
  otherReports: {
    before: 'Estos son los artículos que se conservan aquí. Las cifras de cada ataque vienen de otros reportes, anuncios de Estados Unidos y noticias, cada uno nombrado en ',
    link: 'nuestros datos de ataques',
    after: ', fila por fila.',
  },
  listPageTitle: (page, pages) => `Fuentes, página ${page} de ${pages}`,
  listShown: (from, to, total) => `Fuentes ${from} a ${to} de ${total}, de la más reciente a la más antigua.`,
  listPages: 'Páginas de la lista de fuentes',
  newer: 'Fuentes más recientes',
  older: 'Fuentes más antiguas',
  dateInferred: '(fecha deducida)',
  titleOurs: 'el título es nuestro',
  published: 'Fecha de publicación',
  inferred: 'deducida',
  outlet: 'Medio',
  notIdentified: 'No identificado',
  describesItself: 'que se describe a sí mismo como',
  byline: 'Firma',
  original: 'Original',
  originalUnknown: 'No se conoce la dirección de la página original.',
  headline: 'Titular',
  headlineOurs: 'Nuestra copia no tiene titular; el título de arriba es nuestro.',
  headlineFromAddress: 'Nuestra copia no tiene titular; el título de arriba es nuestro, con las palabras de la dirección web del artículo.',
  summary: 'Nuestro resumen',
  nothingRemoved: 'No se quitó nada de nuestra copia del texto',
  removed: (count) => `Lo que quitamos: ${plural(count, 'elemento', 'elementos', LOCALE)} de la página`,
  keptWordForWord: (anyRemoved) =>
    anyRemoved
      ? 'El texto del artículo se conserva palabra por palabra. Solo se quitaron elementos de la página, exactamente los que se listan aquí.'
      : 'El texto del artículo se conserva palabra por palabra, tal como lo recibimos.',
  removedKinds: {
    'cookie-banner': 'Aviso de cookies',
    'donation-appeal': 'Pedido de donaciones',
    'related-link': 'Enlace a otro artículo',
    'duplicate-caption': 'Pie de foto impreso dos veces',
    navigation: 'Navegación del sitio',
    masthead: 'Cabecera del medio',
    'gallery-label': 'Rótulo de galería de fotos',
    dateline: 'Línea de fecha (conservada como fecha de publicación)',
    credit: 'Línea de créditos',
    'subscribe-prompt': 'Invitación a suscribirse',
  },
  article: 'El artículo',
  inLanguage: 'en inglés, tal como se publicó',
  claimsNone: 'Este artículo no informa ninguna cifra de las que seguimos.',
  claimsCaption: 'Cifras que informa este artículo',
  claimsColumns: ['Cifra', 'Qué cuenta', 'Fecha', 'Dónde'],
  inSingleStrike: (day) => `en el ataque del ${day}`,
  inPartOfStrike: (day) => `(parte del saldo del ataque del ${day})`,
  paragraphLink: (n) => `Párrafo ${n}`,
  captionLabel: 'Pie de foto:',
  citedIn: 'Citado en la explicación',
  citedInParagraph: (paragraph) => `Citado en la explicación: párrafo ${paragraph}`,
  alsoCited: (place, paragraph) => `Citado en la explicación: cita ${place} del párrafo ${paragraph}`,
};

/** The figure ledger, in Spanish. */
export const ledger: LedgerWords = {
  title: 'El registro de cifras',
  description: 'Cada cifra que seguimos en las fuentes, junto a lo que dan los datos de ataques para el mismo día, con una línea sobre cada diferencia.',
  intro: {
    before: 'Cada cifra que seguimos en nuestras fuentes (los ataques y sus víctimas, y las demás cifras en que se apoya la historia), agrupada según lo que cuenta, junto a lo que dan',
    link: 'nuestros datos de ataques',
    after:
      'para el mismo día, con una línea sobre cada diferencia. Se construye con las cifras de cada fuente al generar el sitio: agregar una fuente agrega sus filas. Cada fila enlaza al párrafo del que proviene la cifra, en el idioma del artículo.',
  },
  meta: {
    before: 'Para ataques y muertes, «los datos» son la suma de los ataques anunciados hasta el día que describe la cifra o, para una cifra sobre un solo ataque, el conteo de ese ataque. La',
    link: 'explicación',
    after: 'dice por qué difieren las cifras de muertos.',
    anchor: 'por-qué-difiere-el-número-de-muertos',
  },
  label: 'El registro de cifras',
  tableLabel: (group) => `El registro: ${group}`,
  paragraphWord: 'párrafo',
  columns: ['Fuente', 'Cifra', 'Fecha', 'Los datos', 'Cómo se comparan'],
  pageTitle: (heading, page, pages) => `El registro de cifras: ${heading}, página ${page} de ${pages}`,
  rowsShown: (from, to, total) => `Filas ${from} a ${to} de ${total}, de la más antigua a la más reciente.`,
  pagesLabel: (heading) => `Páginas del registro: ${heading}`,
  wholeLedger: 'La primera página del registro: cada tipo de cifra',
};

export const pager: PagerWords = {
  pageLink: (page) => `Página ${page}`,
  earlierRows: 'Filas anteriores',
  laterRows: 'Filas siguientes',
};
