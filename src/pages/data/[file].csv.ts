import type { APIRoute, GetStaticPaths } from 'astro';

// The reviewed files themselves, byte for byte, so a download is exactly what the build checked.
// reported-totals.csv is not among them: its download adds our sources' figures (reported-totals.csv.ts).
const FILES = import.meta.glob<string>('../../../content/data/{strikes,regions,places,events,outlets}.csv', { query: '?raw', import: 'default', eager: true });

export const getStaticPaths = (() =>
  Object.entries(FILES).map(([path, csv]) => ({ params: { file: path.split('/').at(-1)!.replace(/\.csv$/, '') }, props: { csv } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
