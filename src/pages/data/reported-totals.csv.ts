import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { getCollection } from 'astro:content';
import { loadSources } from '../../collections/load';
import { isoDay } from '../../format/dates';
import { allReports } from '../../domain/reportedTotals';
import { printedFigure, type ReportedFigure } from '../../schemas/reportedTotal';

const cell = (f: ReportedFigure | undefined) => (f ? printedFigure(f) : '');

/** content/data/reported-totals.csv with our sources' own figures added, in date order. */
export const GET: APIRoute = async ({ site, url }) => {
  const rows = allReports((await getCollection('reportedTotals')).map((e) => e.data), await loadSources());
  const base = site ?? url;
  const csv = csvFormat(
    rows.map((r) => ({
      as_of: isoDay(r.asOf),
      outlet: r.outlet,
      strikes: cell(r.strikes),
      vessels: cell(r.vessels),
      killed: cell(r.killed),
      survivors: cell(r.survivors),
      source_title: r.source.title,
      source_url: r.source.url ?? new URL(`/sources/${r.source.sourceId}/#p-${r.source.p}`, base).href,
      notes: r.notes,
    })),
  );
  return new Response(`${csv}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
