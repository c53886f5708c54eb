import { formatDate, formatDay, formatMonthShort, formatMonthShortYear, formatSpanStart } from '../../format/dates';
import { formatList, formatNumber, openingCount, plural } from '../../format/numbers';
import type { ChartWords, EachStrikeFacts, TollFacts } from '../words';
import { counts, unconfirmedOfThem } from './strikes';

const LOCALE = 'es';
const date = (d: Date) => formatDate(d, LOCALE);
const list = (items: string[]) => formatList(items, LOCALE);
const n = (value: number) => formatNumber(value, LOCALE);
/** plural() in Spanish: "1 ataque", "21 ataques"; "1 persona muerta", "82 personas muertas". */
const count = (value: number, one: string, other: string) => plural(value, one, other, LOCALE);
const dead = (value: number) => count(value, 'persona muerta', 'personas muertas');
/** A count that opens a sentence: "Dos tienen…", "Una difiere…", "Un supuesto ataque…"; `one` is how 1 agrees with what follows. */
const opening = (value: number, one: 'un' | 'uno' | 'una', singular: string, plural: string) => openingCount(value, singular, plural, LOCALE, one);
const strikes = (value: number) => count(value, 'ataque', 'ataques');
/** A strike's name, as a link names it (apart, so that a source page's script carries this alone). */
export const markName: ChartWords['strikeMap']['markName'] = (unconfirmed, d, strikes = 1) =>
  `${unconfirmed ? 'Supuesto ataque' : strikes > 1 ? 'Ataques' : 'Ataque'} del ${date(d)}`;
const vessels = (value: number) => count(value, 'embarcación', 'embarcaciones');
/** A strike event, which may hold several strikes (three on 27 October). */
const events = (value: number) => count(value, 'episodio de ataque', 'episodios de ataque');

/** "El episodio más letal fue el del 27 de octubre de 2025, en el Pacífico oriental: 3 ataques contra 4 embarcaciones, 14 personas muertas." (cada uno, si empatan) */
function deadliest({ killed, events: most }: EachStrikeFacts['deadliest']): string {
  const each = most.map((e) => `el del ${date(e.date)}, en ${e.region} (${counts.strikesAndVessels(e.strikes, e.vessels)})`);
  if (most.length > 1) return `Los episodios más letales, con ${dead(killed)} cada uno, fueron ${list(each)}.`;
  const [e] = most;
  return `El episodio más letal fue el del ${date(e.date)}, en ${e.region}: ${counts.strikesAndVessels(e.strikes, e.vessels)}, ${dead(killed)}.`;
}

/** "y 967 más, en la tabla" (or, where the table groups them, "en la página del gráfico"), or nothing. */
const rest = (named: { shown: unknown[]; total: number }, grouped: boolean) =>
  named.total > named.shown.length ? `; y ${n(named.total - named.shown.length)} más, ${grouped ? 'cada una en la página del gráfico' : 'en la tabla'}` : '';

/** "BNO News dio 72 el 11 de noviembre de 2025, cuando se habían anunciado 75" */
const unexplainedToll = (t: TollFacts) => `${t.outlet} dio ${t.printed} el ${date(t.date)}, cuando se habían anunciado ${n(t.sum)}`;

/** "Orinoco Tribune, 82 (coincide)" */
const sourceToll = (t: TollFacts) => `${t.outlet}, ${t.printed} (${t.verdict})`;

/**
 * Those lost at sea after `value` strikes, as our data counts them (each row says whose count: not the chart's
 * own voice): "nuestros datos dan por muerta a otra persona, desaparecida en el mar tras…".
 */
function lostAtSea(value: number, days: Date[]): string {
  if (value === 0) return 'nadie más desapareció en el mar';
  const after = days.length ? ` tras ${days.length === 1 ? 'el ataque' : 'los ataques'} ${list(days.map((d, i) => `${i ? 'el ' : 'del '}${formatDate(d, LOCALE)}`))}` : '';
  if (value === 1) return `nuestros datos dan por muerta a otra persona, desaparecida en el mar${after}`;
  return `nuestros datos dan por muertas a otras ${n(value)} personas, desaparecidas en el mar${after}`;
}

/** The charts in Spanish: each sentence built as Spanish builds it, agreeing in number and gender with its counts. */
export const charts: ChartWords = {
  dataRows: (rows) => `Los datos: ${count(rows, 'fila', 'filas')}`,
  dataLabel: (caption) => `Los datos: ${caption}`,
  month: formatMonthShort(LOCALE),
  monthYear: formatMonthShortYear(LOCALE),
  strikesOverTime: {
    caption: 'Ataques y muertes acumulados, según la fecha de cada ataque',
    title: 'Personas muertas y ataques acumulados desde septiembre de 2025',
    columns: ['Fecha', 'Región', 'Ataques', 'Embarcaciones', 'Muertos', 'Dados por muertos', 'Ataques hasta entonces', 'Embarcaciones hasta entonces', 'Muertos hasta entonces', 'Fuente'],
    csv: 'Descargar strikes.csv (cada ataque, con sus fuentes; los nombres de columna y las notas en inglés)',
    deathsPanel: 'Muertes acumuladas',
    strikesPanel: 'Ataques acumulados',
    deathsEnd: (killed, presumedDead) => `${n(killed)} muertos + ${n(presumedDead)} dados por muertos`,
    strikesEnd: (value) => strikes(value),
    summary: (f) =>
      // Los ataques de esos días, tal como Estados Unidos los anunció (algunos después del último día).
      `Desde el primer ataque, el ${formatSpanStart(f.first, f.last, LOCALE)}, hasta el ${date(f.last)}, según los anuncios de Estados Unidos, hubo ${strikes(f.strikes)} ` +
      `contra ${vessels(f.vessels)}, con ${dead(f.killed)}; ${lostAtSea(f.presumedDead, f.lostAtSea)}. ` +
      `Hasta el ${date(f.checkpoint)} inclusive, hubo ${strikes(f.atCheckpoint.strikes)} contra ${vessels(f.atCheckpoint.vessels)}, ` +
      `con ${dead(f.atCheckpoint.killed)} (${n(f.atCheckpoint.killed + f.atCheckpoint.presumedDead)} con las dadas por muertas). ` +
      `El período más largo sin ataques fue de ${count(f.longestGap.days, 'día', 'días')}, del ${formatSpanStart(f.longestGap.from, f.longestGap.to, LOCALE)} al ${date(f.longestGap.to)}.`,
    unconfirmedLeftOut: (days) => {
      const when = list(days.map(date));
      if (days.length === 0) return '';
      return days.length === 1
        ? `se deja fuera el supuesto ataque del ${when}, nunca confirmado`
        : `se dejan fuera los ${n(days.length)} supuestos ataques del ${when}, nunca confirmados`;
    },
  },
  eachStrike: {
    caption: 'Cada ataque: dónde, cuándo y cuántas personas mató',
    title: 'Cada episodio de ataque, por región, con tamaño proporcional a las muertes',
    columns: ['Episodio', 'Fecha', 'Región', 'Estado', 'Lo que se informó', 'Fuente'],
    csv: 'Descargar strikes.csv (cada ataque, con sus fuentes; los nombres de columna y las notas en inglés)',
    legendKilled: (value) => `${n(value)} muertos`,
    legendSurvivor: 'un sobreviviente',
    legendPresumedDead: 'dado por muerto',
    legendUnconfirmed: 'ataque no confirmado',
    status: { cited: 'anunciado', unconfirmed: 'no confirmado' },
    summary: (f) => {
      // Un episodio puede tener varios ataques (tres el 27 de octubre): también los ataques, donde son más.
      const perRegion = f.regions.map((r, i) => `${i === 0 ? events(r.events) : n(r.events)} en ${r.name} (${r.strikes > r.events ? `${strikes(r.strikes)}, ` : ''}${dead(r.killed)})`);
      const claims = f.unconfirmed.length;
      return (
        `Hubo ${list(perRegion)}. ${deadliest(f.deadliest)} ` +
        `Se informó de sobrevivientes tras ${events(f.withSurvivors.length)}: ${list(f.withSurvivors.map((s) => `el ${date(s.date)} (${n(s.survivors)})`))}.` +
        (claims
          ? ` ${opening(claims, 'un', 'supuesto ataque no está confirmado y no se cuenta', 'supuestos ataques no están confirmados y no se cuentan')} (${f.unconfirmed.map(date).join(', ')}).`
          : '')
      );
    },
    strike: (s) => {
      if (s.unconfirmed) return `${date(s.date)}, ${s.region}: ataque no confirmado, no se cuenta. Nota de los datos, en inglés: “${s.notes}”`;
      return `${date(s.date)}, ${s.region}: ${counts.strikesAndVessels(s.strikes, s.vessels)}, ${counts.toll(s.killed, s.survivors, s.presumedDead)}. Fuente: ${s.outlet}.`;
    },
  },
  whoReported: {
    caption: 'Quién informó qué: la cifra de muertos de cada medio junto a las muertes anunciadas hasta ese día',
    title: 'Cifras de muertos según los medios, frente a la suma de las muertes anunciadas',
    columns: ['Publicado el', 'Medio', 'Muertos, según se publicó', 'Anunciados hasta entonces', 'Diferencia', 'Explicación'],
    csv: 'Descargar reported-totals.csv (con las cifras de nuestras fuentes; los nombres de columna y las notas en inglés)',
    legendAnnounced: 'muertes anunciadas hasta entonces',
    legendPresumed: 'con los dados por muertos',
    legendKinds: { matches: 'la cifra de un medio, igual a la suma', explained: 'explicada por los datos', unexplained: 'sin explicación' },
    legendSource: 'una de nuestras fuentes',
    legendGroup: 'varias (el área, cuántas)',
    grouped: (f) =>
      `Con ${n(f.tolls)} cifras, el gráfico y la tabla agrupan las de ${f.period === 'week' ? 'una misma semana' : 'un mismo mes'}, con el mismo tipo de veredicto (igual, explicada o sin explicación), del mismo tipo de cifra (de nuestras fuentes o no) y dentro de una misma franja de ${n(f.band)} muertes: ` +
      `${count(f.groups, 'marca y fila', 'marcas y filas')}, y el área de cada marca dice cuántas cifras reúne. Cada cifra tiene su propia fila en la página del gráfico y en el CSV.`,
    groupColumns: ['Publicadas entre', 'Cifras', 'Medios', 'Muertos, según se publicó', 'Anunciados hasta entonces', 'Explicación'],
    outlets: (names, others) => list(others ? [...names, `${n(others)} más`] : names),
    everyTollLink: (tolls) => `Cada cifra, una por fila (${n(tolls)}), en la página del gráfico`,
    everyTollRows: (tolls) => `Cada cifra, una por fila: ${count(tolls, 'fila', 'filas')}`,
    summary: (f) => {
      const overview =
        `De ${count(f.tolls, 'cifra de muertos publicada', 'cifras de muertos publicadas')}, ` +
        `${count(f.matches, 'es igual', 'son iguales')} a la suma de las muertes anunciadas hasta ese día y ` +
        `${count(f.explained, 'difiere', 'difieren')} de un modo que los datos explican: ` +
        `${count(f.presumedDead, 'coincide', 'coinciden')} si se suman las personas desaparecidas en el mar y dadas por muertas, ` +
        `${count(f.qualifier, 'es correcta tal como está redactada', 'son correctas tal como están redactadas')} («al menos», «más de»)` +
        (f.reportedEarly
          ? `, ${count(f.beforeAnnouncement, 'se escribió', 'se escribieron')} antes de un ataque anunciado ese mismo día y ${count(f.reportedEarly, 'coincide', 'coinciden')} si se suma un ataque que ya había ocurrido y se anunció después.`
          : ` y ${count(f.beforeAnnouncement, 'se escribió', 'se escribieron')} antes de un ataque anunciado ese mismo día.`);
      const { unexplained, fromSources } = f;
      const differing = opening(unexplained.total, 'una', 'difiere', 'difieren');
      const unexplainedText = !unexplained.total
        ? 'Ninguna difiere sin explicación.'
        : (unexplained.total > unexplained.shown.length
            ? `${differing} sin explicación. Las ${n(unexplained.shown.length)} más alejadas de la suma: `
            : `${differing} sin explicación: `) + `${unexplained.shown.map(unexplainedToll).join('; ')}${rest(unexplained, f.grouped)}.`;
      const sourcesText = fromSources.total ? ` Las cifras de nuestras propias fuentes: ${fromSources.shown.map(sourceToll).join('; ')}${rest(fromSources, f.grouped)}.` : '';
      return `${overview} ${unexplainedText}${sourcesText}`;
    },
  },
  strikeMap: {
    caption: 'Dónde ocurrieron los ataques, según los reportes',
    title: 'Los ataques en un mapa, cada uno donde lo sitúan los reportes',
    columns: ['Episodio', 'Fecha', 'Región', 'Muertos', 'Dónde', 'En qué se basa la posición (como en nuestros datos, en inglés)'],
    regionOnly: 'Ningún reporte lo sitúa con más precisión que su región.',
    unplacedClaim: (region) => `Sin lugar conocido; se muestra en ${region}`,
    csv: 'Descargar strikes.csv (cada ataque, con sus fuentes; los nombres de columna y las notas en inglés)',
    summary: (f) => {
      const regionOnly = f.regionOnly.reduce((sum, r) => sum + r.count, 0);
      return (
        `El mapa muestra ${events(f.events)}${unconfirmedOfThem(f.unconfirmed)}. ` +
        (f.reported.length
          ? `${opening(f.reported.length, 'uno', 'tiene sus coordenadas', 'tienen sus coordenadas')} tomadas de un reporte (${list(f.reported.map(date))}). `
          : 'Ningún reporte da coordenadas de ningún ataque. ') +
        (f.described.length
          ? `${opening(f.described.length, 'uno', 'tiene una posición deducida de la descripción de un reporte, dibujada', 'tienen posiciones deducidas de la descripción de un reporte, dibujadas')} con un anillo: ${list(f.described.map(date))}. `
          : '') +
        (regionOnly
          ? `De ${n(regionOnly)} solo se conoce la región (${list(f.regionOnly.map((r) => `${n(r.count)} en ${r.name}`))}): se agrupan en un recuadro dentro de su región, no en un lugar. `
          : '') +
        (f.unplaced.length === 1
          ? `El supuesto ataque del ${date(f.unplaced[0]!.date)} no indica ningún lugar; se muestra en el recuadro de su región, ${f.unplaced[0]!.region}. `
          : f.unplaced.length
            ? `Los supuestos ataques no confirmados del ${list(f.unplaced.map((u) => date(u.date)))} no indican ningún lugar; cada uno se muestra en el recuadro de su región. `
            : '') +
        'La tabla de datos de la página del mapa da las palabras en que se basa cada posición.'
      );
    },
    legendReported: (value) => `posición informada: ${n(value)}`,
    legendDescribed: (value) => `deducida de una descripción: ${n(value)}`,
    legendRegion: (value) => `solo la región, en un recuadro: ${n(value)}`,
    notKnown: (value, claims) => `Posición desconocida: ${[value && n(value), claims && `${n(claims)} sin confirmar`].filter(Boolean).join(' + ') || n(0)}`,
    markName,
    compass: { N: 'N', S: 'S', E: 'E', W: 'O' },
    // Each a whole phrase, with its noun: an adjective alone ("Deducida…") after «Dónde:» agrees with nothing. So the
    // map's table heads their column «Dónde», as a strike's page does, and a tooltip does not say «Posición» twice.
    precision: { reported: 'Posición dada por un reporte', described: 'Posición deducida de la descripción de un reporte', region: 'Solo se conoce la región' },
  },
  here: (strikes) => (strikes > 1 ? 'Estos ataques' : 'Este ataque'),
  day: (d) => formatDay(d, LOCALE),
  verdicts: {
    matches: 'coincide',
    'matches counting presumed dead': 'coincide si se cuentan los dados por muertos',
    'matches leaving out survivors lost at sea': 'coincide sin los sobrevivientes desaparecidos en el mar',
    'counts vessels as strikes, or strikes as vessels': 'cuenta embarcaciones como ataques, o ataques como embarcaciones',
    'consistent with its qualifier': 'la cifra es correcta tal como está redactada',
    'written before an announcement that day': 'escrita antes de un anuncio de ese día',
    'counts a strike announced later': 'coincide si se cuenta un ataque anunciado después',
    higher: 'mayor',
    lower: 'menor',
  },
  withPresumedDead: ', contando a los dados por muertos',
  countingPresumedDead: (days) => `coincide si se cuentan los dados por muertos ${list(days.map((d, i) => `${i ? 'el ' : 'del '}${date(d)}`))}`,
};
