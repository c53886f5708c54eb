import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pipeline } from 'node:stream';
import { pagePolicies, servedFiles } from '../integrations/servedFiles';
import { type HeaderPolicies, headerPolicies, policyOfFile } from '../host/policies';
import { cacheControl, contentLanguage, contentType, isCompressed, isHidden, notFoundPage } from '../host/responses';
import { HOST_RULES, type HostRules } from '../host/rules';
import { listenProblem } from './serverProcess';
import type { ListenOptions, SiteServer } from './siteServer';

const fileStat = (path: string) =>
  stat(path).then(
    (s) => (s.isFile() ? s : undefined),
    () => undefined,
  );

/** The encodings a request accepts (q > 0), lower case. */
function accepted(req: IncomingMessage): Set<string> {
  const header = String(req.headers['accept-encoding'] ?? '');
  const codings = header.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return { name: name!.trim(), q: q === undefined ? 1 : Number(q) };
  });
  return new Set(codings.filter((c) => c.q > 0).map((c) => c.name));
}

/** What answers a path: a file, a redirect to the folder, or the not-found page. */
async function resolve(rules: HostRules, dir: string, path: string): Promise<{ file: string; status: 200 | 404 } | { redirect: string }> {
  const notFound = { file: notFoundPage(rules, path), status: 404 as const };
  if (isHidden(rules, path) || normalize(path) !== path) return notFound;
  if (path.endsWith('/')) return (await fileStat(join(dir, path, 'index.html'))) ? { file: `${path}index.html`, status: 200 } : notFound;
  if (await fileStat(join(dir, path))) return { file: path, status: 200 };
  if (await fileStat(join(dir, path, 'index.html'))) return { redirect: `${path}/` };
  return notFound;
}

/** Sends one file with the headers the rules give it, precompressed where the browser accepts it. */
async function send(rules: HostRules, dir: string, policies: HeaderPolicies, req: IncomingMessage, res: ServerResponse, file: string, status: number) {
  const headers: Record<string, string> = {
    'Content-Type': contentType(rules, file),
    'Cache-Control': cacheControl(rules, file),
    'Content-Security-Policy': policyOfFile(policies, file),
    ...rules.headers,
  };
  const language = contentLanguage(rules, file);
  if (language) headers['Content-Language'] = language;
  let path = join(dir, file);
  if (isCompressed(rules, file)) {
    headers.Vary = 'Accept-Encoding';
    const accepts = accepted(req);
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (accepts.has(encoding) && (await fileStat(path + ext))) {
        headers['Content-Encoding'] = encoding;
        path += ext;
        break;
      }
    }
  }
  const info = await fileStat(path);
  if (!info) return void res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  // The same validators nginx sends, so a browser's revalidation is answered with a 304.
  const etag = `"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}${headers['Content-Encoding'] ? `-${headers['Content-Encoding']}` : ''}"`;
  Object.assign(headers, { ETag: etag, 'Last-Modified': info.mtime.toUTCString(), 'Content-Length': String(info.size) });
  if (status === 200 && req.headers['if-none-match'] === etag) {
    delete headers['Content-Length'];
    return void res.writeHead(304, headers).end();
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return void res.end();
  // pipeline, unlike pipe, closes the file when the browser drops the request.
  pipeline(createReadStream(path), res, () => undefined);
}

/**
 * Serves a built site with Node as nginx does with the generated config, from the same rules: for
 * `npm start` where nginx is not installed, and for tests of the rules themselves.
 */
export async function nodeServer(dir: string, { host = '127.0.0.1', port = 0 }: ListenOptions = {}, rules = HOST_RULES): Promise<SiteServer> {
  const policies = headerPolicies(rules, await pagePolicies(dir, await servedFiles(rules, dir)));
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const answer = await resolve(rules, dir, path);
    if ('redirect' in answer) {
      return void res
        .writeHead(301, {
          Location: `${answer.redirect}${url.search}`,
          'Cache-Control': cacheControl(rules, path),
          'Content-Security-Policy': policies.fallback,
          ...rules.headers,
        })
        .end();
    }
    await send(rules, dir, policies, req, res, answer.file, answer.status);
  });
  // A port in use, or an address this machine does not have, is an error to report, not an uncaught event.
  await new Promise<void>((done, fail) => {
    const failed = (error: NodeJS.ErrnoException) => fail(listenProblem(error, host, port));
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    kind: 'node',
    url: `http://${host}:${address.port}/`,
    requests,
    // Closing ends every connection, so that a browser's open keep-alive connection cannot hold it up.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
