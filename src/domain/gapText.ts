import { ENGLISH, type Edition } from '../i18n/words';
import type { Counted, FigureGap, Gap } from './strikeSeries';

/** One line on how a reported figure compares with what had been announced by its day, in the edition's words. */
export const explainGap = (gap: FigureGap, metric: Counted, asOf: Date, { words }: Edition = ENGLISH): string =>
  words.comparison.gap({ ...gap, metric, asOf, lostAtSea: gap.lostAtSea ?? [], announcedLater: gap.announcedLater ?? [] });

/** Every figure of one reported total against the strike data, a line each: "Killed: Matches the 21 deaths announced by 9 Oct." */
export const explainReport = (g: Gap, edition: Edition = ENGLISH): string[] => {
  const { labels } = edition.words.comparison;
  return (Object.keys(labels) as Counted[]).flatMap((metric) => {
    const gap = g[metric];
    return gap ? [`${labels[metric]}: ${explainGap(gap, metric, g.report.asOf, edition)}`] : [];
  });
};
