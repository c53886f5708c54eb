import type { APIRoute } from 'astro';
// The reviewed file itself, byte for byte, so a download is exactly what the build checked.
import csv from '../../../content/data/events.csv?raw';

export const GET: APIRoute = () => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
