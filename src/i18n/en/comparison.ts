import { formatDate, formatDayMonth } from '../../format/dates';
import { formatList } from '../../format/numbers';
import type { ComparisonWords, Counted } from '../words';

const UNITS: Record<Counted, string> = { strikes: 'strikes', vessels: 'vessels', killed: 'deaths', survivors: 'survivors' };

/** The strikes that left people lost at sea, by day: "27 October and 30 December". */
const days = (dates: readonly Date[] = []) => formatList(dates.map((date) => formatDayMonth(date)));

/** "A, B and C", or "A, B, C and 7 others". */
const names = (list: string[], others: number) => formatList(others ? [...list, `${others} others`] : list);

/** How the data compares with what is reported, in English. */
export const comparison: ComparisonWords = {
  units: UNITS,
  labels: { strikes: 'Strikes', vessels: 'Vessels', killed: 'Killed', survivors: 'Survivors' },
  gap: ({ metric, verdict, reported, sum, difference, asOf, lostAtSea, announcedLater }) => {
    const unit = UNITS[metric];
    const by = `announced by ${formatDayMonth(asOf)}`;
    switch (verdict) {
      case 'matches':
        return `Matches the ${sum} ${unit} ${by}.`;
      case 'matches counting presumed dead':
        // A match on a condition: how the outlet counted is its own, and it does not say.
        return `Matches if the ${sum} deaths ${by} are counted with ${difference === 1 ? 'the 1 person' : `the ${difference} people`} lost at sea and presumed dead (${days(lostAtSea)}).`;
      case 'matches leaving out survivors lost at sea':
        return `${sum} survivors ${by}, less ${-difference} later lost at sea and presumed dead (${days(lostAtSea)}).`;
      case 'counts vessels as strikes, or strikes as vessels':
        return `${reported} is the number of ${metric === 'strikes' ? 'vessels' : 'strikes'} ${by}; ${sum} ${unit}.`;
      case 'consistent with its qualifier':
        return `True as worded: ${sum} ${unit} had been ${by}.`;
      case 'written before an announcement that day':
        return `The count before the last strike announced that day${lostAtSea.length ? `, with those lost at sea (${days(lostAtSea)}) presumed dead` : ''}; ${sum} ${unit} by its end.`;
      case 'counts a strike announced later':
        return `${sum === 0 ? `No ${unit}` : `${sum} ${unit}`} ${by}; the figure matches once the ${announcedLater.length === 1 ? 'strike' : 'strikes'} of ${days(announcedLater)}, announced later, ${announcedLater.length === 1 ? 'is' : 'are'} counted.`;
      default:
        return `${Math.abs(difference)} ${difference > 0 ? 'more' : 'fewer'} than the ${sum} ${unit} ${by}; the data does not explain the difference.`;
    }
  },
  announcedBy: (metric, day) => `${UNITS[metric]} announced by ${formatDayMonth(day)}`,
  noStrikeOn: (day) => `No strike in the data on ${formatDate(day)}.`,
  killedInStrike: (day) => `killed in the strike of ${formatDayMonth(day)}`,
  matchesStrike: (day) => `Matches the strike of ${formatDayMonth(day)} in the data.`,
  dataGivesInStrike: (killed, note) => `The data gives ${killed} killed in that strike${note ? `: ${note}.` : '.'}`,
  partOfStrike: (killed, day) => `Some of the ${killed} killed in the strike of ${formatDayMonth(day)}, as the data gives them.`,
  matchesData: 'Matches the data.',
  dataHas: (value, lost) => `The data has ${value}${lost.count ? `, among them ${lost.count} later lost at sea and presumed dead (${days(lost.days)})` : ''}.`,
  daysSince: (day) => `days since the strike of ${formatDayMonth(day)}`,
  matchesLastStrike: (asOf, last) => `Matches: the last strike before ${formatDayMonth(asOf)} was on ${formatDayMonth(last)}.`,
  dataGivesDays: (value) => `The data gives ${value} days.`,
  onlyThisSource: 'Only this source reports it; our strike data does not cover it.',
  sameAs: (list, others) => `Same as ${names(list, others)}.`,
  differsFrom: (list, others) => `Differs from ${names(list, others)}.`,
};
