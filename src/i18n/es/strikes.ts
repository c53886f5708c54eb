import { formatDate, formatMonth, formatMonthLabel, formatSpanStart } from '../../format/dates';
import { formatNumber, openingCount, plural } from '../../format/numbers';
import { lowerFirst } from '../../format/words';
import { presumedSplit } from '../../schemas/presumedDead';
import type { StrikeCountWords, StrikeWords, TimelineWords } from '../words';
import { browser } from './browser';

/** An outlet as the subject of a sentence: a name as it is, the one not identified with its article ("El medio no identificado"). */
const subject = (outlet: string) => (outlet === browser.outletUnknown ? `El ${lowerFirst(outlet)}` : outlet);

const LOCALE = 'es';
const date = (d: Date) => formatDate(d, LOCALE);
const n = (value: number) => formatNumber(value, LOCALE);
/** plural() in Spanish: "1 ataque", "21 ataques"; "1 persona muerta", "82 personas muertas". */
const count = (value: number, one: string, other: string) => plural(value, one, other, LOCALE);
const strikeCount = (value: number) => count(value, 'ataque', 'ataques');
/** A strike event in a sentence, of one strike or several: "este ataque", "estos ataques". */
const thisStrike = (strikes: number) => (strikes > 1 ? 'estos ataques' : 'este ataque');

/** After a count of strike events, those unconfirmed: ", uno de ellos no confirmado", ", 2 de ellos no confirmados"; nothing for none. */
export const unconfirmedOfThem = (value: number) =>
  value > 0 ? `, ${value === 1 ? 'uno' : n(value)} de ellos no ${value === 1 ? 'confirmado' : 'confirmados'}` : '';
/** "de el Caribe" is "del Caribe": a region as a sentence names it, after "de". */
export const ofRegion = (where: string) => (where.startsWith('el ') ? `del ${where.slice('el '.length)}` : `de ${where}`);

/** A strike's counts in Spanish, each agreeing with its noun: "1 ataque contra 2 embarcaciones", "1 persona muerta". */
export const counts: StrikeCountWords = {
  strikesAndVessels: (strikes, vessels) =>
    strikes === vessels ? strikeCount(strikes) : `${strikeCount(strikes)} contra ${count(vessels, 'embarcación', 'embarcaciones')}`,
  toll: (killed, survivors, presumedDead) => {
    const { lost, more } = presumedSplit(survivors, presumedDead);
    const later = (k: number) => (k === 1 ? 'desaparecido luego en el mar y dado por muerto' : 'desaparecidos luego en el mar y dados por muertos');
    const survived = !survivors
      ? ''
      : `${count(survivors, 'sobreviviente', 'sobrevivientes')}${!lost ? '' : lost === survivors ? ` ${later(lost)}` : ` (${n(lost)} ${later(lost)})`}`;
    return [
      count(killed, 'persona muerta', 'personas muertas'),
      survived,
      more > 0 ? count(more, `persona${lost ? ' más' : ''} dada por muerta`, `personas${lost ? ' más' : ''} dadas por muertas`) : '',
    ]
      .filter(Boolean)
      .join(', ');
  },
  noToll: 'no se informaron víctimas; no se cuenta',
  date,
  month: (m) => formatMonthLabel(m, LOCALE),
};

/** The strikes' list and pages, in Spanish. The data's and the reports' own words stay in English. */
export const strikes: StrikeWords = {
  ...counts,
  everyStrike: 'Todos los ataques',
  listTitle: (region, month) => `Ataques${region ? ` en ${region}` : ''}${month ? `, ${formatMonth(month, LOCALE)}` : ''}`,
  listDescription: (title) => `${title}: cada ataque en su propia página, con el lugar, quiénes iban a bordo y cada reporte sobre él.`,
  listStandfirst: (events, unconfirmed) =>
    `${count(events, 'episodio de ataque', 'episodios de ataque')}${unconfirmedOfThem(unconfirmed)}, del más reciente al más antiguo. Cada uno tiene su propia página: dónde ocurrió, quiénes iban a bordo, qué dice cada reporte y, si los hay, los párrafos de nuestras fuentes que hablan de él.`,
  filters: { label: 'Filtrar los ataques', region: 'Región', month: 'Mes', allRegions: 'Todas las regiones', allMonths: 'Todos los meses' },
  filterCount: (counted, unconfirmed) => (unconfirmed ? `${formatNumber(counted, 'es')} + ${formatNumber(unconfirmed, 'es')} sin confirmar` : formatNumber(counted, 'es')),
  listUnconfirmed: 'no confirmado, no se cuenta',
  listPosition: (precision) => `${precision}.`,
  listSource: 'Fuente:',
  summary: (d, where, what) => `${date(d)}, en ${where}: ${what}.`,
  claimWhat: 'un supuesto ataque estadounidense que nunca se confirmó y no se cuenta',
  countedWhat: (strikes, vessels, announced, later) =>
    `${strikeCount(strikes)} ${strikes === 1 ? 'estadounidense' : 'estadounidenses'} contra ${vessels === 1 ? 'una embarcación' : count(vessels, 'embarcación', 'embarcaciones')}, ${announced}, según anunció Estados Unidos${later ? `; ${later}` : ''}`,
  presumedLater: (survivors, presumedDead) => {
    const { lost, more } = presumedSplit(survivors, presumedDead);
    const they =
      lost === survivors
        ? lost === 1
          ? 'el sobreviviente desapareció en el mar y se le dio por muerto'
          : `los ${n(lost)} sobrevivientes desaparecieron en el mar y se les dio por muertos`
        : `${n(lost)} de los sobrevivientes ${lost === 1 ? 'desapareció en el mar y se le dio por muerto' : 'desaparecieron en el mar y se les dio por muertos'}`;
    return [
      lost ? they : '',
      more > 0 ? `${count(more, `persona${lost ? ' más' : ''} dada por muerta`, `personas${lost ? ' más' : ''} dadas por muertas`)} en un recuento posterior` : '',
    ]
      .filter(Boolean)
      .join('; ');
  },
  facts: {
    date: 'Fecha',
    announced: 'Fecha del anuncio',
    dated: 'Cómo se fechó',
    region: 'Región',
    strikes: 'Ataques',
    vessels: 'Embarcaciones',
    killed: 'Personas muertas',
    survivors: 'Sobrevivientes del episodio',
    presumedDead: 'Personas dadas por muertas',
    aboard: 'Personas a bordo',
    announcedBy: 'Anunciado por',
  },
  event: (id) => `episodio ${id}`,
  unconfirmedNotice: {
    strong: 'No confirmado.',
    text: 'Ningún reporte confirma este ataque: figura en la lista porque se afirmó, y no se cuenta en ningún total de este sitio.',
  },
  where: 'Dónde',
  who: 'Quiénes iban a bordo, según los reportes',
  notReported: 'No se informó.',
  notRecorded: 'Nuestros datos no lo recogen.',
  whatReportsSay: 'Qué dicen los reportes y en qué difieren',
  reportsAgree: 'Los reportes que leímos coinciden en lo que informan.',
  reports: 'Los reportes',
  readFrom: 'Tomado de',
  titleKind: {
    described: 'sin titular registrado; lo describimos así, en inglés',
    fromAddress: 'titular reconstruido a partir de su dirección web',
    carried: (by, site) => `titular de ${by} tal como lo publicó ${site}`,
  },
  alsoReportedBy: 'También lo informaron:',
  factsFrom: { before: 'Estas son las cifras de nuestros datos de ataques, tomadas de', link: 'los reportes que se enumeran más abajo' },
  presumedDeadMeans: '«Personas dadas por muertas» cuenta a quienes desaparecieron en el mar y nunca se encontraron, aparte de las «Personas muertas».',
  dataRow: { before: 'Este episodio de ataque tiene', link: (id) => `una fila propia en nuestros datos de ataques (episodio ${id})`, middle: ', que puede', download: 'descargar en CSV', after: ' (en inglés).' },
  inOurSources: 'En nuestras fuentes',
  noMentions: (strikes) => `Ninguna de nuestras fuentes habla de ${thisStrike(strikes)} en particular.`,
  mention: (outlet, published, p, inferred) => `${outlet}, ${date(published)}${inferred ? ' (fecha deducida)' : ''}, párrafo ${p}`,
  onTheCharts: 'En los gráficos',
  prevNext: 'Ataques, en orden de fecha',
  dataInEnglish:
    'Las palabras de los reportes y de nuestros datos (quién lo anunció, la posición, quiénes iban a bordo, las notas, lo que anotamos de cada reporte) se citan en inglés, sin traducir (con las fechas y abreviaturas escritas por extenso fuera de las citas), y también cómo se fechó el ataque donde aún no lo hemos traducido.',
  here: {
    wholeChart: 'el gráfico completo, con sus datos',
    mapLinks: 'Cada ataque de este mapa:',
    mapCaption: (where) => `En el mapa ${ofRegion(where)}`,
    mapTitle: (name) => `${name} en el mapa`,
    mapDesc: (name, where, position, strikes) => `${name}, destacado${strikes > 1 ? 's' : ''} entre los ataques en ${where}. ${position}.`,
    eachCaption: 'Entre todos los ataques, por fecha y región',
    eachTitle: (name) => `${name} entre todos los ataques`,
    eachDesc: (name, toll, strikes) =>
      `${name}, destacado${strikes > 1 ? 's' : ''} entre todos los episodios de ataque, cada uno con tamaño proporcional a sus muertes${toll ? `: ${toll}` : '. Este supuesto ataque no está confirmado y no se cuenta'}.`,
    overTimeCaption: 'En los totales acumulados',
    overTimeTitle: (name) => `${name} en los totales acumulados de muertes y ataques`,
    overTimeDesc: (day, counted, strikes) =>
      `Los totales acumulados de muertes y ataques, con una línea que marca el ${date(day)}, el día de ${thisStrike(strikes)}${counted}.`,
    whoCaption: 'Frente a las cifras de muertos que publicaron los medios',
    whoTitle: (name) => `${name} frente a las cifras de muertos que publicaron los medios`,
    whoDesc: (day, announced, strikes, grouped) =>
      `Las cifras de muertos que publicaron los medios, frente a las muertes anunciadas hasta cada día, con una línea que marca el ${date(day)}, ${announced ? `el día en que se ${strikes > 1 ? 'anunciaron' : 'anunció'} ${thisStrike(strikes)}` : `el día de ${thisStrike(strikes)}`}.` +
      (grouped
        ? ` Sus ${n(grouped.tolls)} cifras se dibujan como ${n(grouped.groups)} marcas: las de ${grouped.period === 'week' ? 'una misma semana' : 'un mismo mes'}, con el mismo tipo de veredicto y en una misma franja de ${n(grouped.band)} muertes forman una marca, cuya área dice cuántas reúne.`
        : ''),
    counted: (toll) => `: ${toll}`,
    uncounted: ', no confirmado y no contado',
  },
};

/** The timeline, in Spanish. */
export const timeline: TimelineWords = {
  title: 'Cronología',
  description: 'Los ataques, los hechos clave y la publicación de cada una de nuestras fuentes, en orden, cada uno con aquello en lo que se basa.',
  standfirst: (entries) =>
    `${count(entries, 'entrada fechada', 'entradas fechadas')}, mes por mes: cada ataque, los hechos clave que informan nuestras fuentes y el día en que se publicó cada fuente. Cada una dice en qué se basa; donde la fuente no da el día y lo deducimos, dice cómo.`,
  folded: (perDay, sources) =>
    `Cuando en un mismo día se publicaron más de ${perDay} fuentes, la cronología muestra ${perDay} y enlaza a las demás en la lista de fuentes, que las tiene todas (${n(sources)}).`,
  kinds: { event: 'Hecho', strike: 'Ataque', source: 'Fuente publicada', more: 'Fuentes publicadas' },
  from: 'Del',
  to: 'al',
  spanStart: (from, to) => formatSpanStart(from, to, LOCALE),
  source: 'Fuente:',
  span: (label, end) => `${label}, hasta el ${date(end)}`,
  // A count opening a heading is in words: "Tres ataques en el Pacífico oriental".
  strike: (strikes, where, toll) => `${strikes === 1 ? 'Ataque' : openingCount(strikes, 'ataque', 'ataques', LOCALE)} en ${where}: ${toll}`,
  claimedStrike: (where) => `Supuesto ataque en ${where}, no confirmado y no contado`,
  publishes: (outlet) => `${subject(outlet)} publica`,
  publishesUntitled: (outlet) => `${subject(outlet)} publica un artículo; nuestra copia no tiene titular, así que lo llamamos:`,
  moreSources: (count) => `${count === 1 ? 'Otra fuente publicada' : `Otras ${n(count)} fuentes publicadas`} ese día, en la lista de fuentes`,
  strikeRow: (id, outlet) => `episodio ${id} de nuestros datos de ataques, tomado de ${outlet}`,
  asPublished: (outlet) => `${outlet}, el artículo tal como se publicó`,
  dated: 'Cómo se fechó:',
  inferred: 'Fecha deducida:',
  announced: (d, strikes) => `${strikes > 1 ? 'Anunciados' : 'Anunciado'} el ${date(d)}.`,
  dataInEnglish:
    'Las notas de nuestros datos de ataques y de hechos clave y los titulares de las fuentes se citan en inglés, sin traducir (con las fechas y abreviaturas de las notas escritas por extenso fuera de las citas), y también cómo se fechó un ataque o una fuente donde aún no lo hemos traducido.',
};
