import { max, scaleSqrt, scaleUtc } from 'd3';
import { ENGLISH, type Edition } from '../i18n/words';
import { chronological } from '../domain/strikeSeries';
import { type Region, regions, type Strike } from '../schemas/strike';
import { timeAxis } from './axes';
import { timeDomain } from '../format/dates';
import { legend } from './legend';
import { type Description, el, px, svgRoot, text } from './svg';
import { notesProse } from '../domain/notesProse';

export interface EachStrikeOptions {
  id: string;
  title: string;
  /** Words that describe the chart, or the id of the element on the page that holds them; none where the chart is shown beside its summary. */
  desc?: Description;
  domain?: [Date, Date];
  width?: number;
  /** A strike to pick out ("you are here"); the others are drawn faint. */
  highlight?: string;
  /** The edition whose words label it; English unless given. */
  edition?: Edition;
}

/** CSS class of each region's colour. */
export const regionClass: Record<Region, string> = { Caribbean: 'c-caribbean', 'Eastern Pacific': 'c-pacific' };

/** The words a table row (and so its mark's tooltip) gives for one event, in the edition's words. */
export const describeStrike = (s: Strike, { words, translate }: Edition = ENGLISH): string =>
  words.charts.eachStrike.strike({ ...s, notes: notesProse(s.notes), region: translate(s.region), unconfirmed: s.status === 'unconfirmed', outlet: s.source.outlet });

/** How many survivors, or people presumed dead, are drawn side by side above a strike's mark. */
const PER_ROW = 4;

/**
 * One mark per strike event on a time axis, in a lane per region: circle area by deaths, a small
 * triangle per survivor, a small ring per person presumed dead, and unconfirmed claims dashed and empty.
 */
export function eachStrike(rows: readonly Strike[], options: EachStrikeOptions): string {
  const { id, title, desc, width = 720, edition = ENGLISH } = options;
  const words = edition.words.charts.eachStrike;
  const events = chronological(rows);
  const domain = options.domain ?? timeDomain(events.map((s) => s.date));
  const margin = { left: 16, right: 16 };
  const radius = scaleSqrt([0, max(events, (s) => s.killed)!], [0, 20]);
  const key = legend(
    [
      { swatch: el('circle', { cx: radius(3), r: radius(3), class: 'legend-mark' }), label: words.legendKilled(3), width: 2 * radius(3) },
      { swatch: el('circle', { cx: radius(11), r: radius(11), class: 'legend-mark' }), label: words.legendKilled(11), width: 2 * radius(11) },
      { swatch: el('path', { d: 'M8,-4l3.5,6h-7z', class: 'survivor' }), label: words.legendSurvivor },
      { swatch: el('circle', { cx: 8, r: 3, class: 'presumed-dead' }), label: words.legendPresumedDead },
      { swatch: el('circle', { cx: 8, r: 7, class: 'legend-unconfirmed' }), label: words.legendUnconfirmed },
    ],
    margin.left,
    4,
    width - margin.left - margin.right,
  );
  const top = key.height + 12;
  const lane = 104;
  const bottom = top + lane * regions.length;
  const height = bottom + 30;
  const x = scaleUtc(domain, [margin.left, width - margin.right]);
  const laneY = (region: Region) => top + lane * regions.indexOf(region) + lane * 0.62;

  const marks = events.map((s, i) => {
    const cx = x(s.date);
    const cy = laneY(s.region);
    const r = s.status === 'unconfirmed' ? 7 : Math.max(3, radius(s.killed));
    // The k-th of n small marks above the strike's, in rows of at most PER_ROW centred on its day, the first row lowest:
    // eight people presumed dead on 30 December stay over December rather than reach into January.
    const above = (n: number, k: number) => {
      const row = Math.floor(k / PER_ROW);
      const inRow = Math.min(PER_ROW, n - row * PER_ROW);
      return { x: cx + ((k % PER_ROW) - (inRow - 1) / 2) * 8, row };
    };
    const survivorRows = Math.ceil(s.survivors / PER_ROW);
    const extras = [
      ...Array.from({ length: s.survivors }, (_, k) => {
        const at = above(s.survivors, k);
        return el('path', { d: `M${px(at.x)},${px(cy - r - 12 - at.row * 8)}l3.5,6h-7z`, class: 'survivor' });
      }),
      ...Array.from({ length: s.presumedDead }, (_, k) => {
        const at = above(s.presumedDead, k);
        return el('circle', { cx: at.x, cy: cy - r - 9 - survivorRows * 11 - at.row * 8, r: 3, class: 'presumed-dead' });
      }),
    ];
    return el(
      'g',
      {
        class: `mark ${regionClass[s.region]}${s.status === 'unconfirmed' ? ' unconfirmed' : ''}${s.id === options.highlight ? ' here' : ''}`,
        // The mark's words are its row of the figure's data table; the tooltip script shows them.
        'data-row': i,
      },
      el('circle', { cx, cy, r }),
      s.status === 'unconfirmed' ? text(cx, cy + 4, '?', { 'text-anchor': 'middle', class: 'mark-label' }) : '',
      ...extras,
    );
  });

  return svgRoot(
    { id, width, height, title, desc },
    key.svg,
    ...regions.map((region, i) =>
      el(
        'g',
        { class: `lane ${regionClass[region]}` },
        el('line', { x1: margin.left, x2: width - margin.right, y1: top + lane * i, y2: top + lane * i, class: 'grid' }),
        text(margin.left, top + lane * i + 16, edition.translate(region), { class: 'lane-label' }),
      ),
    ),
    el('g', { class: `marks${options.highlight ? ' has-here' : ''}` }, ...marks),
    timeAxis(x, bottom, edition.words.charts),
  );
}
