import type { APIRoute } from 'astro';
import { webManifest } from '../webapp/manifest';

/** The web app manifest (src/webapp/manifest.ts), which lets a reader install the site. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(), null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
