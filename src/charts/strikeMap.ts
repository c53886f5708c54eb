import { type GeoProjection, geoGraticule, geoMercator, geoPath, geoStream, max, scaleSqrt } from 'd3';
import { ENGLISH, type Edition } from '../i18n/words';
import { around, type Bounds, type Geography, type LonLat } from '../domain/geography';
import { chronological, confirmed, unconfirmed } from '../domain/strikeSeries';
import type { Place } from '../schemas/place';
import type { RegionArea } from '../schemas/region';
import type { PositionPrecision, Region, Strike } from '../schemas/strike';
import { compactPath } from './compactPath';
import { regionClass } from './eachStrike';
import { legend } from './legend';
import { type Box, circleBox, textBox } from './boxes';
import { LandMask, type Ring, Taken } from './mapLayout';
import { type Description, el, svgRoot, text } from './svg';

export interface StrikeMapOptions {
  id: string;
  title: string;
  /** Words that describe the map, or the id of the element on the page that holds them; none where the map is shown beside its summary. */
  desc?: Description;
  width?: number;
  /** Coastlines and borders (Natural Earth's, in the site). */
  geography: Geography;
  /** The sea area of each region: the map's extent, and where strikes with no known position are gathered. */
  regions: readonly RegionArea[];
  /** Names the map prints, where they fit. */
  places?: readonly Place[];
  /** One map of every region ('all'), one map per region stacked ('each', for phones), or one region alone. */
  panels?: 'all' | 'each' | Region;
  /** A strike picked out ("you are here"), the one whose page the map is on: its mark is the current page. */
  highlight?: string;
  /** Makes each mark a link, to the page of its strike. */
  href?: (strike: Strike) => string;
  /** The edition whose words label it (and whose names of regions and places it prints); English unless given. */
  edition?: Edition;
  /** Where those links open: `_blank` in an embed, whose frame our other pages refuse. */
  target?: string;
}

/** A panel's rectangle on the drawing. */
interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A strike to draw: its row of the figure's table and its radius. */
interface Sized {
  strike: Strike;
  row: number;
  r: number;
}

/** A strike placed on the drawing. */
interface Placed extends Sized {
  x: number;
  y: number;
}

/** Degrees of sea shown around the regions' edges. */
const PAD = 1;
/** Room around each mark gathered in a region's box, in px. */
const GAP = 5;

const corners = ([[w, s], [e, n]]: Bounds) => ({ type: 'MultiPoint' as const, coordinates: [[w, s], [e, n]] });

/** A Mercator projection that draws the bounds across the width given, from (left, top), clipped to them. */
function fit(bounds: Bounds, left: number, top: number, width: number): { projection: GeoProjection; rect: Rect } {
  const projection = geoMercator().fitWidth(width, corners(bounds));
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(corners(bounds));
  const [tx, ty] = projection.translate();
  projection.translate([tx + left - x0, ty + top - y0]);
  const rect = { left, top, width, height: y1 - y0 };
  projection.clipExtent([
    [rect.left, rect.top],
    [rect.left + rect.width, rect.top + rect.height],
  ]);
  return { projection, rect };
}

interface Basemap {
  svg: string;
  /** The land as drawn, to keep boxes and names off it. */
  land: Ring[];
}

/** Sea, a 10° graticule, coastlines and borders for a panel; drawn once per geography, bounds and rectangle. */
const basemaps = new WeakMap<Geography, Map<string, Basemap>>();
function basemap(geography: Geography, bounds: Bounds, projection: GeoProjection, rect: Rect): Basemap {
  const cache = basemaps.get(geography) ?? new Map<string, Basemap>();
  basemaps.set(geography, cache);
  const key = JSON.stringify([bounds, rect]);
  const cached = cache.get(key);
  if (cached) return cached;
  const draw = (object: Parameters<typeof geoStream>[0], step: number) => {
    const path = compactPath({ step, minArea: 1 });
    geoStream(object, projection.stream(path.stream));
    return path;
  };
  const land = draw(geography.land, 1.5);
  const made = {
    svg: el(
      'g',
      { class: 'basemap', 'aria-hidden': 'true' },
      el('rect', { x: rect.left, y: rect.top, width: rect.width, height: rect.height, class: 'sea' }),
      el('path', { d: draw(geoGraticule().extent(around([bounds], 10)).step([10, 10])(), 1).result(), class: 'graticule' }),
      el('path', { d: land.result(), class: 'land' }),
      el('path', { d: draw(geography.borders, 1.5).result(), class: 'border' }),
    ),
    land: land.rings(),
  };
  cache.set(key, made);
  return made;
}

const degreeLabel = (value: number, positive: string, negative: string) => (value ? `${Math.abs(value)}° ${value < 0 ? negative : positive}` : `${value}°`);
const tens = (from: number, to: number) => {
  const first = Math.ceil(from / 10);
  return Array.from({ length: Math.max(0, Math.floor(to / 10) - first + 1) }, (_, i) => (first + i) * 10);
};

/** Degree labels every 10° along a panel's left and bottom edges, each taking its room. */
function edgeLabels(bounds: Bounds, projection: GeoProjection, rect: Rect, taken: Taken, { N, S, E, W }: Edition['words']['charts']['strikeMap']['compass']): string {
  const [[w, s], [e, n]] = bounds;
  const bottom = rect.top + rect.height - 4;
  const labels = [
    ...tens(s, n).map((lat) => [rect.left + 3, projection([w, lat])![1] - 3, degreeLabel(lat, N, S)] as const),
    ...tens(w, e).map((lon) => [projection([lon, s])![0] + 3, bottom, degreeLabel(lon, E, W)] as const),
  ];
  const drawn = labels.map(([x, y, words]) => {
    const box = textBox(x, y, words, 'start', 10);
    return taken.free(box) ? (taken.add(box), text(x, y, words)) : '';
  });
  return el('g', { class: 'degrees', 'aria-hidden': 'true' }, ...drawn);
}

/** The names the map prints, each where it fits clear of the marks, the boxes and the other names. */
function placeNames(places: readonly Place[], projection: GeoProjection, taken: Taken, translate: Edition['translate']): string {
  const names = places.map(({ name: english, ...place }) => {
    const name = translate(english);
    const [x, y] = projection(place.at) ?? [NaN, NaN];
    if (!Number.isFinite(x)) return '';
    if (place.kind === 'country') {
      // A country's name is in spaced capitals (charts.css), wider than the average character.
      const box = textBox(x, y, name, 'middle', 10, 0.85);
      return taken.free(box) ? (taken.add(box), text(x, y, name, { 'text-anchor': 'middle', class: 'place-country' })) : '';
    }
    if (place.kind === 'sea') {
      // A sea's name may move a little, over open sea, to make room for the marks and boxes drawn at its point
      // ("Caribbean Sea" is longer than "Mar Caribe"). Its baseline is 0.3 of its size below its box's middle.
      const size = 12;
      const box = textBox(x, y, name, 'middle', size);
      const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
      const moved = taken.free(box)
        ? box
        : taken.nearest(w, h, [x, (box.y0 + box.y1) / 2], (b) => taken.free(b) && !taken.onLand(b), { within: { x0: x - w, y0: y - 40, x1: x + w, y1: y + 40 }, step: 4 });
      if (!moved) return '';
      taken.add(moved);
      return text((moved.x0 + moved.x1) / 2, (moved.y0 + moved.y1) / 2 + size * 0.3, name, { 'text-anchor': 'middle', class: 'place-sea' });
    }
    for (const side of ['start', 'end'] as const) {
      const tx = side === 'start' ? x + 5 : x - 5;
      const box = textBox(tx, y + 4, name, side, 11);
      const dot = circleBox(x, y, 3);
      if (!taken.free(box) || !taken.free(dot)) continue;
      taken.add(box);
      taken.add(dot);
      return el('g', { class: 'place-place' }, el('circle', { cx: x, cy: y, r: 2 }), text(tx, y + 4, name, { 'text-anchor': side }));
    }
    return '';
  });
  return el('g', { class: 'places', 'aria-hidden': 'true' }, ...names);
}

/**
 * Strikes whose position is not known, gathered in a box as a grid in date order, so that none reads as a
 * place; labelled above. The box goes at the region's gathering point or the nearest spot in the region
 * clear of land and of what is drawn; failing that, clear of what is drawn.
 */
function gathered(strikes: Sized[], area: RegionArea, projection: GeoProjection, taken: Taken, { words }: Edition) {
  if (!strikes.length) return { placed: [] as Placed[], svg: '' };
  const cell = 2 * Math.max(...strikes.map((s) => s.r)) + GAP;
  const columns = Math.min(strikes.length, Math.ceil(Math.sqrt(strikes.length * 2.2)));
  const rows = Math.ceil(strikes.length / columns);
  const [width, height] = [columns * cell + GAP, rows * cell + GAP];
  // The legend counts the strikes known only by their region; a claim never confirmed, drawn here too, is named apart.
  const claims = strikes.filter((s) => s.strike.status === 'unconfirmed').length;
  const label = words.charts.strikeMap.notKnown(strikes.length - claims, claims);
  const labelAt = (box: Box) => textBox(box.x0 + 1, box.y0 - 4, label, 'start', 11);
  const [[w, s], [e, n]] = area.bounds;
  const [[rx0, ry1], [rx1, ry0]] = [projection([w, s])!, projection([e, n])!];
  const within = { x0: rx0, y0: ry0, x1: rx1, y1: ry1 };
  const prefer = projection(area.gather)!;
  const clear = (box: Box) => taken.free(box) && taken.free(labelAt(box));
  const box = taken.nearest(width, height, prefer, (b) => clear(b) && !taken.onLand(b), { within }) ??
    taken.nearest(width, height, prefer, clear, { within }) ?? { x0: prefer[0] - width / 2, y0: prefer[1] - height / 2, x1: prefer[0] + width / 2, y1: prefer[1] + height / 2 };
  taken.add(box);
  taken.add(labelAt(box));
  const placed = strikes.map((s, i) => ({
    ...s,
    x: box.x0 + GAP / 2 + cell * (i % columns) + cell / 2,
    y: box.y0 + GAP / 2 + cell * Math.floor(i / columns) + cell / 2,
  }));
  const svg = el(
    'g',
    { class: `gather ${regionClass[area.region]}`, 'aria-hidden': 'true' },
    el('rect', { x: box.x0, y: box.y0, width, height, rx: 4 }),
    text(box.x0 + 1, box.y0 - 4, label, { class: 'gather-label' }),
  );
  return { placed, svg };
}

/** A day label beside a mark with a position: to its right, else its left, below or above, wherever it is clear. */
function dayLabel({ strike, x, y, r }: Placed, taken: Taken, { words: { charts } }: Edition): string {
  const words = charts.day(strike.date);
  const reach = r + 6;
  const spots = [
    [x + reach, y + 4, 'start'],
    [x - reach, y + 4, 'end'],
    [x, y + reach + 10, 'middle'],
    [x, y - reach - 2, 'middle'],
  ] as const;
  for (const [lx, ly, anchor] of spots) {
    const box = textBox(lx, ly, words, anchor);
    if (!taken.free(box)) continue;
    taken.add(box);
    return text(lx, ly, words, { 'text-anchor': anchor, class: 'point-label' });
  }
  return '';
}

/** A mark's classes, and its words': its region's colour, how its position is known, unconfirmed, picked out. */
const markClass = (strike: Strike, options: StrikeMapOptions) =>
  `${regionClass[strike.region]} p-${strike.position.precision}${strike.status === 'unconfirmed' ? ' unconfirmed' : ''}${strike.id === options.highlight ? ' here' : ''}`;

/** One strike's mark: a circle sized by deaths, with a ring round a point worked out from a description. */
function mark({ strike, row, x, y, r }: Placed, options: StrikeMapOptions): string {
  const { precision } = strike.position;
  const attributes = {
    class: `mark ${markClass(strike, options)}`,
    // The mark's words are its row of the figure's data table; the tooltip script shows them.
    'data-row': row,
  };
  const shapes = [el('circle', { cx: x, cy: y, r }), precision === 'described' ? el('circle', { cx: x, cy: y, r: r + 4, class: 'approx' }) : ''];
  if (!options.href) return el('g', attributes, ...shapes);
  // A link needs a name without JavaScript; the tooltip script gives it the row's full words.
  return el(
    'a',
    {
      href: options.href(strike),
      target: options.target,
      ...attributes,
      // On a strike's own page, its mark links to that page.
      ...(strike.id === options.highlight && { 'aria-current': 'page' }),
      'aria-label': (options.edition ?? ENGLISH).words.charts.strikeMap.markName(strike.status === 'unconfirmed', strike.date, strike.strikes),
    },
    ...shapes,
  );
}

/**
 * The words drawn on a mark, apart from it so that a link's name is only its own: "?" on an unconfirmed
 * claim, and a day label.
 */
function markText({ strike, x, y }: Placed, label: string, options: StrikeMapOptions): string {
  const mark = strike.status === 'unconfirmed' ? text(x, y + 4, '?', { 'text-anchor': 'middle', class: 'mark-label' }) : '';
  return mark || label ? el('g', { class: `mark-text ${markClass(strike, options)}` }, mark, label) : '';
}

/**
 * The size key and the kinds of position, each with how many of the strikes shown it holds (an unconfirmed
 * claim is no strike whose position is known: it has a key of its own, where one is shown).
 */
function key(rows: readonly Strike[], radius: (n: number) => number, width: number, { words: { charts } }: Edition) {
  const words = charts.strikeMap;
  const count = (precision: PositionPrecision) => confirmed(rows).filter((s) => s.position.precision === precision).length;
  const [r3, r11] = [radius(3), radius(11)];
  return legend(
    [
      { swatch: el('circle', { cx: r3, r: r3, class: 'legend-mark' }), label: charts.eachStrike.legendKilled(3), width: 2 * r3 },
      { swatch: el('circle', { cx: r11, r: r11, class: 'legend-mark' }), label: charts.eachStrike.legendKilled(11), width: 2 * r11 },
      { swatch: el('circle', { cx: 8, r: 5, class: 'legend-mark' }), label: words.legendReported(count('reported')) },
      {
        swatch: el('g', {}, el('circle', { cx: 9, r: 5, class: 'legend-mark' }), el('circle', { cx: 9, r: 9, class: 'legend-ring' })),
        label: words.legendDescribed(count('described')),
        width: 18,
      },
      { swatch: el('rect', { x: 0, y: -8, width: 16, height: 16, rx: 3, class: 'legend-gather' }), label: words.legendRegion(count('region')) },
      ...(unconfirmed(rows).length
        ? [{ swatch: el('circle', { cx: 8, r: 6, class: 'legend-unconfirmed' }), label: charts.eachStrike.legendUnconfirmed }]
        : []),
    ],
    16,
    4,
    width - 32,
  );
}

/** One map: the land, the names, each region's box and every strike of the regions given. */
function panel(sized: Sized[], areas: readonly RegionArea[], top: number, title: string | undefined, options: StrikeMapOptions) {
  const { width = 720, geography, places = [], highlight, edition = ENGLISH } = options;
  const bounds = around(areas.map((a) => a.bounds), PAD);
  const { projection, rect } = fit(bounds, 0, top, width);
  const base = basemap(geography, bounds, projection, rect);
  const taken = new Taken({ x0: rect.left + 2, y0: rect.top + 2, x1: rect.left + rect.width - 2, y1: rect.top + rect.height - 2 }, new LandMask(base.land));
  const degrees = edgeLabels(bounds, projection, rect, taken, edition.words.charts.strikeMap.compass);

  const mine = sized.filter((s) => areas.some((a) => a.region === s.strike.region));
  const pointed: Placed[] = mine.flatMap((s) => {
    const p = s.strike.position;
    if (p.precision === 'region') return [];
    const [x, y] = projection([p.lon, p.lat])!;
    taken.add(circleBox(x, y, s.r + 4));
    return [{ ...s, x, y }];
  });
  const labels = new Map(pointed.map((p) => [p, dayLabel(p, taken, edition)]));
  const boxes = areas.map((area) =>
    gathered(
      mine.filter((s) => s.strike.region === area.region && s.strike.position.precision === 'region'),
      area,
      projection,
      taken,
      edition,
    ),
  );
  const names = placeNames(places, projection, taken, edition.translate);
  // In the table's order: gathered marks never overlap, and a point's neighbours are rare.
  const placed = [...boxes.flatMap((b) => b.placed), ...pointed].sort((a, b) => a.row - b.row);
  return {
    height: rect.height,
    marks: placed.map((p) => ({ id: p.strike.id, row: p.row, x: p.x, y: p.y, r: p.r, at: projection.invert!([p.x, p.y]) as LonLat })),
    svg: el(
      'g',
      { class: 'panel' },
      title ? text(4, rect.top - 6, title, { class: 'panel-title' }) : '',
      base.svg,
      degrees,
      names,
      ...boxes.map((b) => b.svg),
      el('g', { class: `marks${highlight ? ' has-here' : ''}` }, ...placed.map((p) => mark(p, options))),
      el('g', { class: `mark-texts${highlight ? ' has-here' : ''}`, 'aria-hidden': 'true' }, ...placed.map((p) => markText(p, labels.get(p) ?? '', options))),
    ),
  };
}

/** Where a mark is drawn: in px, and the point on the Earth there. */
export interface MarkPlace {
  id: string;
  row: number;
  x: number;
  y: number;
  r: number;
  at: LonLat;
}

/** The map's panels: each drawn, with where its marks are. */
function layout(rows: readonly Strike[], options: StrikeMapOptions) {
  const { width = 720, regions, panels = 'all', edition = ENGLISH } = options;
  const events = chronological(rows);
  const radius = scaleSqrt([0, max(events, (s) => s.killed) ?? 1], [0, width >= 600 ? 16 : 13]);
  const sized = events.map((strike, row) => ({ strike, row, r: strike.status === 'unconfirmed' ? 7 : Math.max(3, radius(strike.killed)) }));
  const shown = panels === 'all' || panels === 'each' ? regions : regions.filter((r) => r.region === panels);
  // The key counts what the map shows: on a strike's page, its region's strikes.
  const legendBox = key(
    rows.filter((s) => shown.some((area) => area.region === s.region)),
    radius,
    width,
    edition,
  );
  const groups = panels === 'each' ? shown.map((area) => [area]) : [shown];
  let top = legendBox.height + 8;
  const drawn = groups.map((areas) => {
    const title = panels === 'each' ? edition.translate(areas[0].region) : undefined;
    if (title) top += 18;
    const made = panel(sized, areas, top, title, options);
    top += made.height + 8;
    return made;
  });
  return { legend: legendBox.svg, panels: drawn, height: top };
}

/** Where each mark of the map is drawn, panel by panel. */
export const strikeMapMarks = (rows: readonly Strike[], options: StrikeMapOptions): MarkPlace[][] =>
  layout(rows, options).panels.map((p) => p.marks);

/**
 * A map of the strikes, drawn from Natural Earth's coastlines: each strike a mark sized by its deaths, at
 * its position where a report gives one or describes one, and otherwise gathered in a labelled box in its
 * region. A pure function: data and options in, an SVG string out.
 */
export function strikeMap(rows: readonly Strike[], options: StrikeMapOptions): string {
  const { id, title, desc, width = 720 } = options;
  const made = layout(rows, options);
  return svgRoot({ id, width, height: made.height, title, desc, role: options.href ? 'group' : 'img' }, made.legend, ...made.panels.map((p) => p.svg));
}
