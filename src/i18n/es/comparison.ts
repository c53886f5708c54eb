import { formatDate, formatDayMonth } from '../../format/dates';
import { formatList, formatNumber, plural } from '../../format/numbers';
import { capitalise } from '../../format/words';
import type { ComparisonWords, Counted } from '../words';

const LOCALE = 'es';
const day = (d: Date) => formatDayMonth(d, LOCALE);
const n = (value: number) => formatNumber(value, LOCALE);

/** What each figure counts, with its noun's gender: the participles agree with it. */
const NOUNS: Record<Counted, { one: string; other: string; feminine: boolean }> = {
  strikes: { one: 'ataque', other: 'ataques', feminine: false },
  vessels: { one: 'embarcación', other: 'embarcaciones', feminine: true },
  killed: { one: 'muerte', other: 'muertes', feminine: true },
  survivors: { one: 'sobreviviente', other: 'sobrevivientes', feminine: false },
};

/** "82 muertes anunciadas", "1 ataque anunciado": a count, its noun and the participle, agreeing. */
function announced(metric: Counted, value: number): string {
  const { one, other, feminine } = NOUNS[metric];
  return `${plural(value, one, other, LOCALE)} anunciad${feminine ? 'a' : 'o'}${value === 1 ? '' : 's'}`;
}

/** "las 82 muertes anunciadas", "el único ataque anunciado": the same, as a thing named, for a count of 1 or more. */
function theAnnounced(metric: Counted, value: number): string {
  const { one, other, feminine } = NOUNS[metric];
  if (value === 1) return feminine ? `la única ${one} anunciada` : `el único ${one} anunciado`;
  return `${feminine ? 'las' : 'los'} ${n(value)} ${other} anunciad${feminine ? 'as' : 'os'}`;
}

const days = (dates: readonly Date[] = []) => formatList(dates.map(day), LOCALE);
// One person is "una persona" in a sentence, not "1 persona".
const lost = (value: number) =>
  value === 1 ? 'una persona desaparecida en el mar y dada por muerta' : plural(value, 'persona desaparecida en el mar y dada por muerta', 'personas desaparecidas en el mar y dadas por muertas', LOCALE);

/** "A, B y C", or "A, B, C y 7 más". */
const names = (list: string[], others: number) => formatList(others ? [...list, `${n(others)} más`] : list, LOCALE);

/** "no se anunció ningún sobreviviente": where the count is 0, a sentence of its own (not "más que ningún sobreviviente", which says "more than any"). */
function noneAnnounced(metric: Counted): string {
  const { one, feminine } = NOUNS[metric];
  return `no se anunció ${feminine ? 'ninguna' : 'ningún'} ${one}`;
}

/** How the data compares with what is reported, in Spanish. */
export const comparison: ComparisonWords = {
  units: { strikes: 'ataques', vessels: 'embarcaciones', killed: 'muertes', survivors: 'sobrevivientes' },
  labels: { strikes: 'Ataques', vessels: 'Embarcaciones', killed: 'Muertos', survivors: 'Sobrevivientes' },
  gap: ({ metric, verdict, reported, sum, difference, asOf, lostAtSea, announcedLater }) => {
    const by = `hasta el ${day(asOf)}`;
    switch (verdict) {
      case 'matches':
        return sum === 0 ? `Coincide: ${noneAnnounced(metric)} ${by}.` : `Coincide con ${theAnnounced(metric, sum)} ${by}.`;
      case 'matches counting presumed dead':
        // A match on a condition: how the outlet counted is its own, and it does not say.
        return `Coincide si a ${theAnnounced('killed', sum)} ${by} ${difference === 1 ? 'se suma' : 'se suman'} ${lost(difference)} (${days(lostAtSea)}).`;
      case 'matches leaving out survivors lost at sea':
        return `${announced('survivors', sum)} ${by}, menos ${-difference === 1 ? 'un sobreviviente desaparecido luego en el mar y dado por muerto' : plural(-difference, 'desaparecido luego en el mar y dado por muerto', 'desaparecidos luego en el mar y dados por muertos', LOCALE)} (${days(lostAtSea)}).`;
      case 'counts vessels as strikes, or strikes as vessels': {
        const other = metric === 'strikes' ? 'vessels' : 'strikes';
        return `${n(reported)} es el número de ${NOUNS[other].other} anunciad${NOUNS[other].feminine ? 'as' : 'os'} ${by}; ${announced(metric, sum)}.`;
      }
      case 'consistent with its qualifier':
        return `La cifra es correcta tal como está redactada (${announced(metric, sum)} ${by}).`;
      case 'written before an announcement that day':
        return `El conteo previo al último ataque anunciado ese día${lostAtSea.length ? `, con los desaparecidos en el mar (${days(lostAtSea)}) dados por muertos` : ''}; ${announced(metric, sum)} al final del día.`;
      case 'counts a strike announced later':
        return `${sum === 0 ? `${capitalise(noneAnnounced(metric))} ${by}` : `${announced(metric, sum)} ${by}`}; la cifra coincide si se cuenta${announcedLater.length === 1 ? ' el ataque' : 'n los ataques'} del ${days(announcedLater)}, ${announcedLater.length === 1 ? 'anunciado' : 'anunciados'} después.`;
      default:
        return sum === 0
          ? `${n(Math.abs(difference))} más, cuando ${noneAnnounced(metric)} ${by}; los datos no explican la diferencia.`
          : `${n(Math.abs(difference))} ${difference > 0 ? 'más' : 'menos'} que ${theAnnounced(metric, sum)} ${by}; los datos no explican la diferencia.`;
    }
  },
  announcedBy: (metric, d) => `${comparison.units[metric]} anunciad${NOUNS[metric].feminine ? 'as' : 'os'} hasta el ${day(d)}`,
  noStrikeOn: (d) => `No hay ningún ataque en los datos el ${formatDate(d, LOCALE)}.`,
  killedInStrike: (d) => `muertos en el ataque del ${day(d)}`,
  matchesStrike: (d) => `Coincide con el ataque del ${day(d)} en los datos.`,
  dataGivesInStrike: (killed, note) =>
    `Los datos dan ${plural(killed, 'persona muerta', 'personas muertas', LOCALE)} en ese ataque${note ? ` (nota de los datos, en inglés: “${note}”).` : '.'}`,
  partOfStrike: (killed, d) => `Parte de las ${plural(killed, 'persona muerta', 'personas muertas', LOCALE)} en el ataque del ${day(d)}, según los datos.`,
  matchesData: 'Coincide con los datos.',
  dataHas: (value, lost) =>
    `Los datos tienen ${n(value)}${lost.count ? `, entre ellos ${lost.count === 1 ? 'un sobreviviente desaparecido luego en el mar y dado por muerto' : plural(lost.count, 'sobreviviente desaparecido luego en el mar y dado por muerto', 'sobrevivientes desaparecidos luego en el mar y dados por muertos', LOCALE)} (${days(lost.days)})` : ''}.`,
  daysSince: (d) => `días desde el ataque del ${day(d)}`,
  matchesLastStrike: (asOf, last) => `Coincide: el último ataque antes del ${day(asOf)} fue el ${day(last)}.`,
  dataGivesDays: (value) => `Los datos dan ${plural(value, 'día', 'días', LOCALE)}.`,
  onlyThisSource: 'Solo esta fuente lo informa; nuestros datos de ataques no lo cubren.',
  sameAs: (list, others) => `Igual que ${names(list, others)}.`,
  differsFrom: (list, others) => `Difiere de ${names(list, others)}.`,
};
