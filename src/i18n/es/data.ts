import { formatDate, formatSpanStart } from '../../format/dates';
import { formatNumber, plural } from '../../format/numbers';
import type { ChartSourceWords, DataWords, FeedWords, SearchWords, SharedPageWords } from '../words';

const LOCALE = 'es';
const n = (value: number) => formatNumber(value, LOCALE);
const rows = (value: number) => plural(value, 'fila', 'filas', LOCALE);

/** The data page, in Spanish. The data itself stays as it is written, in English. */
export const data: DataWords = {
  title: 'Los datos',
  description: 'Los datos de ataques detrás de los gráficos: cada episodio y cada total informado, con sus fuentes, para descargar.',
  intro:
    'Los gráficos de este sitio se trazan a partir de las tablas de abajo al generar el sitio. Cada ataque, total y hecho dice de qué reporte se tomó; descárguelas para comprobar nuestras sumas o hacer las suyas.',
  onThisPage: 'En esta página',
  datasets: {
    strikes: { title: 'Episodios de ataque' },
    regions: {
      title: 'Regiones',
      about:
        'El área marítima de cada región, en grados: la extensión del mapa, y aquello contra lo que se comprueba la posición de cada ataque (una posición debe estar en el mar, según las costas que dibuja el mapa, y a menos de 200 km de su región). Cada fila da también el punto donde el mapa agrupa los ataques de los que solo se conoce la región.',
    },
    places: {
      title: 'Lugares que nombra el mapa',
      about: 'Países, mares y los lugares desde los que se mide una posición descrita, cada uno en un punto en grados. El mapa imprime un nombre solo donde cabe; los nombres, en español, vienen del glosario de los datos.',
    },
    'reported-totals': {
      title: 'Totales informados',
      about:
        'Los totales acumulados de ataques, embarcaciones, muertes y sobrevivientes que los medios publicaron en una fecha determinada, tal como los publicaron (“at least 46” [«al menos 46»]). Son afirmaciones, no hechos: los gráficos, y la tabla de abajo cifra por cifra, comparan cada una con la suma de los episodios de ataque anunciados hasta ese día. La descarga agrega las cifras que informan nuestros artículos fuente, enlazadas a sus párrafos.',
    },
    events: {
      title: 'Hechos clave de la cronología y los gráficos',
      about:
        'Los hechos fechados que recoge la cronología (los gráficos marcan algunos), cada uno con el párrafo de la fuente o el reporte que lo da. Donde nuestras fuentes no dan el día de un hecho, se marca el día en que lo informaron por primera vez, y su nota lo dice.',
    },
    outlets: {
      title: 'Qué medio está detrás de cada sitio',
      about: 'El nombre del medio que está detrás de cada sitio en el que hay otros reportes de un ataque, tal como los nombra la página de cada ataque. Un sitio que no figura se nombra por su dirección.',
    },
  },
  strikesAbout: (first, cited, unconfirmed) =>
    `Una fila por cada episodio de ataque de Estados Unidos contra embarcaciones en el Caribe y el Pacífico oriental desde el ${formatDate(first, LOCALE)}: ${plural(cited, 'episodio anunciado', 'episodios anunciados', LOCALE)} y ${unconfirmed === 1 ? 'un supuesto ataque no confirmado' : plural(unconfirmed, 'supuesto ataque no confirmado', 'supuestos ataques no confirmados', LOCALE)}, que queda${unconfirmed === 1 ? '' : 'n'} fuera de toda suma. Cada fila cita el reporte del que se tomó (anuncios oficiales tal como los informaron los medios, o Airwars) y enumera otros reportes (entre ellos, la cronología de Just Security), con sus salvedades en las notas.`,
  columnsCount: (value) => `${n(value)} columnas`,
  download: (file) => `Descargar ${file}`,
  columns: {
    strikes: {
      id: 'Identificador estable del episodio (el número del episodio en la investigación; «4a» para el ataque no confirmado); la página del ataque es /es/strikes/<id>/.',
      status: '`cited`: anunciado e informado (las tablas del sitio dicen «anunciado»); `unconfirmed`: se afirmó que hubo un ataque, pero nunca se confirmó ni se vinculó con ningún ataque anunciado; fuera de toda suma.',
      date: 'El día del ataque.',
      date_note: 'Cómo se estableció la fecha.',
      announced_date: 'El día en que se anunció, cuando difiere o se conoce.',
      region: '`Caribbean` (el Caribe) o `Eastern Pacific` (el Pacífico oriental).',
      lat: 'Latitud de la posición, en grados decimales (norte positivo); vacía donde solo se conoce la región.',
      lon: 'Longitud, en grados decimales (este positivo, así que el oeste es negativo).',
      position_precision:
        '`reported`: coordenadas dadas por un reporte; `described`: deducidas de una descripción en un reporte; `region`: solo se conoce el área marítima.',
      position_source: 'Las palabras en que se basa la posición, y cómo se dedujo un punto descrito; vacía si la precisión es `region` y ningún reporte dice más que la región.',
      strikes: 'Ataques en el episodio (tres ataques el 27 de octubre).',
      vessels: 'Embarcaciones alcanzadas (cuatro el 27 de octubre).',
      killed: 'Muertes, según se anunciaron.',
      survivors: 'Personas con vida tras el episodio, contando todos sus ataques (ninguna el 2 de septiembre, cuando, según se informó, dos personas que sobrevivieron al primer ataque murieron en el segundo).',
      presumed_dead: 'Personas desaparecidas en el mar tras el ataque y dadas por muertas; no están en `killed`.',
      aboard: 'Personas a bordo, donde el anuncio lo dice.',
      nationalities: 'Quiénes eran los muertos y los sobrevivientes, según se informó.',
      announced_by: 'Quién anunció el ataque y dónde.',
      source_title:
        'Titular del reporte del que se tomó la fila. Una celda que empieza entre corchetes da palabras que no son el titular de ese reporte: tras `[no title in stored excerpt]`, una descripción nuestra del reporte; tras una etiqueta que termina en `URL slug`, su titular tal como lo escribe su dirección web; tras una etiqueta que dice dónde se leyó un titular (como `AP headline as carried by journal-news.com`), ese titular.',
      source_outlet: 'El medio de ese reporte.',
      source_url: 'La dirección de ese reporte.',
      other_sources: 'Otros reportes, separados por « ; ».',
      notes: 'Salvedades que el lector necesita.',
    },
    regions: {
      region: 'La región, tal como la nombra strikes.csv.',
      west: 'Borde occidental del área que contamos como esta región (longitud).',
      south: 'Borde meridional (latitud).',
      east: 'Borde oriental (longitud).',
      north: 'Borde septentrional (latitud).',
      gather_lat: 'Donde el mapa agrupa los ataques cuya posición no se conoce: un punto en el mar dentro de la región (latitud).',
      gather_lon: 'La longitud de ese mismo punto.',
      note: 'Lo que siguen los bordes (en inglés).',
    },
    places: {
      name: 'El nombre que imprime el mapa (en inglés; el mapa en español lo toma del glosario).',
      kind: '`country`: un nombre sobre su territorio; `sea`: un nombre sobre el agua; `place`: un punto y un nombre (una ciudad o isla desde la que se mide una posición).',
      lat: 'Dónde va el nombre (latitud); para un lugar, dónde está su punto.',
      lon: 'Su longitud (el oeste es negativo).',
    },
    'reported-totals': {
      as_of: 'El día en que el medio informó los totales.',
      outlet: 'Quién los informó (y a través de quién, donde leímos una copia).',
      strikes: 'Ataques hasta entonces, según se publicaron.',
      vessels: 'Embarcaciones alcanzadas hasta entonces, según se publicaron.',
      killed: 'Personas muertas hasta entonces, según se publicaron.',
      survivors: 'Sobrevivientes hasta entonces, según se publicaron (“2 rescued” [«2 rescatados»], donde el medio cuenta solo a los rescatados).',
      source_title:
        'Titular del reporte. Una celda que empieza entre corchetes da palabras que no son el titular: tras `[desc]`, una descripción nuestra del reporte (en la descarga, también el título que dimos a un artículo fuente cuya copia no tiene titular); tras `[URL slug]`, su titular tal como lo escribe su dirección web.',
      source_url: 'La dirección del reporte.',
      notes: 'Salvedades y las palabras del medio.',
    },
    events: {
      date: 'El día del hecho, o el primer día de un período.',
      end: 'El último día de un período; vacío para un solo día.',
      end_strike: 'Donde nuestros datos de ataques, y no la fuente, dan el fin de un período: el episodio de ataque en cuyo día termina (su id en strikes.csv). Vacío en los demás casos.',
      label: 'El rótulo que imprimen la cronología y los gráficos: unas pocas palabras, en inglés (las páginas en español las toman del glosario de los datos).',
      source: 'La fuente que lo informa, por su nombre: su página es /sources/<nombre>/.',
      p: 'El párrafo de esa fuente.',
      url: 'O la dirección de un reporte, donde ninguna de las fuentes lo informa.',
      outlet: 'El medio que publicó ese reporte, con el nombre por el que lo conocen los lectores (solo con una dirección).',
      note: 'Lo que el lector debe saber sobre la fecha.',
      strike: 'Cuando el hecho es un ataque de nuestros datos (“First strike” [«Primer ataque»]): ese episodio, por su id en strikes.csv. La cronología lo muestra una sola vez, con ese rótulo, y no como dos entradas. Vacío en los demás casos.',
      chart: 'Si lo marca el gráfico de los ataques en el tiempo (`yes`) o solo lo recoge la cronología (`no`): el gráfico marca unos pocos, para que sus rótulos no se tapen.',
    },
    outlets: {
      site: 'El sitio, tal como lo nombra la dirección de un reporte, sin «www.».',
      name: 'El nombre del medio, tal como lo escribe la página de un ataque para los reportes de ese sitio.',
    },
  },
  allStrikes: 'Todos los episodios de ataque',
  allStrikesAbout: {
    before: 'Las citas de la explicación enlazan a estas filas, y el número de cada episodio a',
    link: 'su propia página',
    after: '. Las cifras son las anunciadas; las notas de cada fila dan sus salvedades.',
  },
  strikePageLink: (id) => `Episodio ${id}: su página`,
  position: (precision, point) =>
    precision === 'region' ? 'solo la región' : `${precision === 'reported' ? 'informada' : 'deducida'}: ${point}`,
  allReports: 'Todos los totales informados',
  allEvents: 'Todos los hechos clave',
  allEventsAbout:
    'La cronología recoge estos días, y el gráfico de los ataques en el tiempo marca solo los que caben sin superponerse. Donde nuestras fuentes no dan la fecha de un hecho, la nota dice qué día se marca y por qué.',
  charts: 'Los gráficos',
  licence: 'Licencia',
  licenceText: {
    before: 'Las filas registran hechos informados por los medios citados en cada una. Nuestra selección y organización pueden reutilizarse bajo',
    after: 'con atribución a este sitio; las palabras citadas siguen siendo de los medios.',
  },
  strikesCaption: (value) => `Episodios de ataque, ${rows(value)}`,
  reportsCaption: (value) => `Totales tal como los publicaron los medios, ${rows(value)}`,
  eventsCaption: (value) => `Hechos clave, ${rows(value)}`,
  strikeColumns: ['Episodio', 'Fecha', 'Región', 'Posición', 'Ataques', 'Embarcaciones', 'Muertos', 'Sobrevivientes', 'Dados por muertos', 'Fuente y notas'],
  reportColumns: ['Publicado el', 'Medio', 'Ataques', 'Embarcaciones', 'Muertos', 'Sobrevivientes', 'Notas', 'Frente a los datos de ataques'],
  eventColumns: ['Fecha', 'Hecho', 'Dónde se informa', 'Nota', 'En el gráfico'],
  onChart: (marked) => (marked ? 'marcado' : 'solo en la cronología'),
  unconfirmed: ' (no confirmado)',
  to: 'al',
  sourceParagraph: (source, p) => `${source}, párrafo ${p}`,
  report: (outlet) => `reporte de ${outlet}`,
  dataInEnglish:
    'Los datos están escritos en inglés, como los registramos: las notas, los medios y los títulos de los reportes se muestran tal como están en los archivos, que se descargan igual en ambas ediciones.',
};

/** Search, as the build writes it, in Spanish. */
export const search: SearchWords = {
  title: 'Buscar',
  description: 'Busque en cada fuente, palabra por palabra, y en la explicación, con precisión de párrafo.',
  standfirst:
    'La búsqueda encuentra una palabra o una frase en la explicación en español y también en cada fuente, palabra por palabra, en inglés, como se publicó; cada resultado dice en qué idioma está y abre el párrafo en que se encontró. Las palabras en español encuentran sus formas («ataque», «ataques»). Después de una visita, la búsqueda también funciona sin conexión.',
  label: 'Buscar en la explicación y en las fuentes',
  button: 'Buscar',
  boxLabel: 'Buscar en el sitio',
  boxPlaceholder: 'Buscar en el sitio',
  noscript: {
    before: 'La búsqueda necesita JavaScript, que está desactivado en este navegador. Aun así, cada fuente se puede leer: aquí están por medio y fecha, y',
    link: 'la lista de fuentes',
    after: 'las tiene de la más reciente a la más antigua, con un resumen de cada una.',
  },
  noscriptMany: {
    before: 'La búsqueda necesita JavaScript, que está desactivado en este navegador. Aun así, cada fuente se puede leer:',
    link: 'la lista de fuentes',
    after: 'las tiene todas, de la más reciente a la más antigua, con un resumen de cada una, cien por página.',
  },
  sort: 'Ordenar',
  sortOrders: { relevance: 'Más pertinentes', newest: 'Más recientes primero', oldest: 'Más antiguos primero' },
  more: 'Más resultados',
  refine: 'Filtros y orden',
};

/** What each chart's figure says of its data, in Spanish. */
export const chartSources: ChartSourceWords = {
  strikesOverTime: {
    source: 'Fuente: nuestra tabla de ataques, tal como los anunciaron funcionarios estadounidenses y los informaron los medios que nombra cada fila (',
    strikeData: 'los datos de ataques',
    marked: 'Hechos marcados:',
    reportLink: (outlet) => `reporte de ${outlet}`,
    spanEnd: (id) => `el período termina con el episodio ${id}`,
    spanEndRow: (id) => `el período termina con el episodio ${id} de la tabla de arriba`,
    when: (date, end) => (end ? `del ${formatSpanStart(date, end, LOCALE)} al ${formatDate(end, LOCALE)}` : formatDate(date, LOCALE)),
  },
  eachStrike: {
    before: 'Fuente:',
    link: 'nuestra tabla de ataques',
    after: ', en la que cada fila cita el reporte del que se tomó. El área de cada círculo es proporcional a las muertes anunciadas; los círculos discontinuos son afirmaciones nunca vinculadas con ningún ataque.',
  },
  strikeMap: {
    before: 'Fuente:',
    link: 'nuestra tabla de ataques',
    coastlines: '; costas de',
    naturalEarth: 'Natural Earth',
    after: '(escala 1:50 millones, dominio público). El área de cada círculo es proporcional a las muertes anunciadas.',
  },
  whoReported: {
    before: 'Fuentes:',
    totals: 'totales informados',
    middle: ', en los que cada fila cita el reporte del que se tomó; las cifras de nuestros artículos fuente provienen de sus páginas; las sumas, de',
    strikes: 'nuestra tabla de ataques',
    after: ', contando cada ataque desde el día en que se anunció.',
  },
};

/** The pages every edition shares, in Spanish. */
export const shared: SharedPageWords = {
  notFoundTitle: 'Página no encontrada',
  notFoundDescription: 'No hay ninguna página en esta dirección de Ataques en el mar.',
  notFoundHeading: 'No hay ninguna página en esta dirección',
  notFoundText:
    'Puede que la dirección esté mal escrita, o que la página se haya movido. A cada fuente y cada cifra del sitio se llega desde estas páginas, y la búsqueda cubre el texto de cada fuente.',
  offlineTitle: 'No guardada para leer sin conexión',
  offlineDescription: 'Esta página no está en este dispositivo, y no se puede llegar a la red.',
  offlineHeading: 'Esta página no está guardada en este dispositivo',
  offlineText:
    'Parece que no tiene conexión, y la página que pidió no es de las que guarda este dispositivo. Tras una primera visita, este dispositivo guarda la explicación, la búsqueda y las páginas principales del sitio, y luego cada página que usted abra; las demás páginas se leen en línea, a menos que guarde todo el sitio para leerlo sin conexión (el botón al pie de cualquier página). La página se cargará cuando vuelva a tener conexión.',
  offlineNow: 'Lo que puede leer ahora, sin conexión:',
};

/** The Spanish feed. */
export const feed: FeedWords = {
  subtitle: 'Nuevas fuentes y actualizaciones de la explicación sobre los ataques de Estados Unidos contra embarcaciones y la llamada entre Trump y Maduro.',
  kinds: { correction: 'Corrección', update: 'Actualización' },
  logTitle: (kind, day, title, n) => `${kind} del ${formatDate(day, LOCALE)} (n.º ${n}): ${title}`,
  author: 'Equipo editorial de Ataques en el mar',
  whatChanged: (day) => `Qué cambió el ${formatDate(day, LOCALE)}:`,
  firstPublished: (day) => `Publicado por primera vez el ${formatDate(day, LOCALE)}.`,
  readExplainer: 'Leer la explicación',
  everyChange: 'todas las actualizaciones y correcciones',
  everyChangeFirst: 'Todas las actualizaciones y correcciones',
  theExplainer: 'la explicación',
  readArticle: 'Leer el artículo, conservado palabra por palabra y en inglés',
  articleLang: 'en',
  dateInferred: 'fecha deducida',
};
