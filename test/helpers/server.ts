import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The server's address, ending in a slash: http://127.0.0.1:PORT/ */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Types a host compresses. Pagefind's index and WebAssembly files are gzipped already, so are not. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.xml', '.webmanifest', '.txt']);

/**
 * Serves a built site from `dir` on 127.0.0.1 as a static host does: `/a/` serves a/index.html and
 * `/a` redirects to `/a/` when a/ is a folder; text is gzipped for a browser that accepts it, and Astro's
 * hash-named assets may be cached for a year.
 */
export async function serve(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    let file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
    if (!url.pathname.endsWith('/') && !(await isFile(file)) && (await isFile(join(path, 'index.html')))) {
      return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    }
    let status = 200;
    if (!(await isFile(file))) {
      status = 404;
      file = join(dir, '404.html');
      if (!(await isFile(file))) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
      ...(status === 200 && url.pathname.startsWith('/_astro/') && { 'cache-control': 'public, max-age=31536000, immutable' }),
    });
    // pipeline, unlike pipe, closes the file and the gzip stream when the browser drops the request.
    const done = () => undefined;
    if (gzip) pipeline(createReadStream(file), createGzip(), res, done);
    else pipeline(createReadStream(file), res, done);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    // Closing ends every connection, so that a browser's open keep-alive connection cannot hold it up.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
