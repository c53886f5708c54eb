import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagePolicies, servedFiles } from '../integrations/servedFiles';
import { nginxConfig, nginxMain } from '../host/nginx';
import { headerPolicies } from '../host/policies';
import { HOST_RULES } from '../host/rules';
import { foldersWithoutPage } from '../host/staticHost';
import { findProgram, startServer } from './serverProcess';
import type { ListenOptions, SiteServer } from './siteServer';

/** Where Debian's libnginx-mod-http-brotli-static puts its module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The nginx program (NGINX, or `nginx` on the PATH or in /usr/sbin); undefined if it is not installed. */
export const findNginx = () => findProgram('nginx', process.env.NGINX);

/** The paths in nginx's access log ("combined" format: … "GET /path?q HTTP/1.1" …), in order. */
function readAccessLog(file: string): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/"[A-Z]+ (\S+) HTTP\/[\d.]+"/g)].map((m) => m[1]!);
}

/**
 * Starts nginx on a built site with the config generated from the rules: a process of its own (not the
 * system's service), with its config, logs and temporary folders in a folder of its own, removed on close.
 */
export async function nginxServer(dir: string, { host = '127.0.0.1', port = 0 }: ListenOptions = {}, rules = HOST_RULES): Promise<SiteServer> {
  const program = await findNginx();
  if (!program) throw new Error('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static)');
  const brotli = await exists(BROTLI_MODULE);
  // Started by root (as in CI), its workers read the build as root; anyone else's run as that user anyway.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  const files = await servedFiles(rules, dir);
  const policies = headerPolicies(rules, await pagePolicies(dir, files));
  const prefix = await mkdtemp(join(tmpdir(), 'strikes-nginx-'));
  await mkdir(join(prefix, 'tmp'));
  try {
    const server = await startServer('nginx', host, port, async (chosen) => {
      const site = nginxConfig(rules, policies, {
        root: dir,
        listen: [`${host}:${chosen}`],
        serverName: '_',
        brotli,
        withoutPage: foldersWithoutPage(files, rules.hidden),
      });
      await writeFile(join(prefix, 'site.conf'), site);
      await writeFile(join(prefix, 'nginx.conf'), nginxMain(prefix, join(prefix, 'site.conf'), { brotliModule: brotli ? BROTLI_MODULE : undefined, user }));
      const child = spawn(program, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr!.on('data', (chunk) => (errors += chunk));
      return { child, log: async () => `${errors}${await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')}` };
    });
    return {
      kind: 'nginx',
      url: `http://${host}:${server.port}/`,
      get requests() {
        return readAccessLog(join(prefix, 'access.log'));
      },
      close: async () => {
        await server.stop();
        await rm(prefix, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
}
