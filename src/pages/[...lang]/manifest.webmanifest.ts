import type { APIRoute } from 'astro';
import { editionParams, type Locale } from '../../site';
import { webManifest } from '../../webapp/manifest';

export const getStaticPaths = () => editionParams();

/** Each edition's web app manifest (src/webapp/manifest.ts), which lets a reader install the site: /manifest.webmanifest, /es/manifest.webmanifest. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(webManifest((props as { locale: Locale }).locale), null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
