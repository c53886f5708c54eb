import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagePolicies, servedFiles } from '../../src/integrations/servedFiles';
import { caddyfile } from '../../src/host/caddy';
import { headerPolicies } from '../../src/host/policies';
import { HOST_RULES } from '../../src/host/rules';
import { findProgram, startServer } from '../../src/server/serverProcess';
import type { SiteServer } from '../../src/server/siteServer';

/** The caddy program (Debian: apt-get install caddy); undefined if it is not installed. */
export const findCaddy = () => findProgram('caddy', process.env.CADDY);

/** Caddy's own files (certificates, autosaved config) go to a folder of this run, not the home folder. */
const caddyEnv = (home: string) => ({ ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') });

/** Runs `caddy validate` on a Caddyfile; resolves to what it printed, rejects if the config is invalid. */
export async function caddyValidate(file: string): Promise<string> {
  const program = await findCaddy();
  if (!program) throw new Error('caddy is not installed (Debian: apt-get install caddy)');
  const home = await mkdtemp(join(tmpdir(), 'strikes-caddy-'));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(program, ['validate', '--config', file, '--adapter', 'caddyfile'], { env: caddyEnv(home) });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`caddy validate ${file} exited ${code}:\n${out}`))));
    });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** Runs Caddy on a built site with the Caddyfile generated from the rules, as plain HTTP on 127.0.0.1. */
export async function caddyServer(dir: string, rules = HOST_RULES): Promise<SiteServer> {
  const program = await findCaddy();
  if (!program) throw new Error('caddy is not installed (Debian: apt-get install caddy)');
  const policies = headerPolicies(rules, await pagePolicies(dir, await servedFiles(rules, dir)));
  const home = await mkdtemp(join(tmpdir(), 'strikes-caddy-'));
  try {
    const server = await startServer('caddy', '127.0.0.1', 0, async (port) => {
      const config = join(home, 'Caddyfile');
      await writeFile(config, caddyfile(rules, policies, { address: `http://127.0.0.1:${port}`, root: dir, global: ['admin off'] }));
      const child = spawn(program, ['run', '--config', config, '--adapter', 'caddyfile'], { env: caddyEnv(home), stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      child.stderr!.on('data', (chunk) => (log += chunk));
      return { child, log: async () => log };
    });
    return {
      kind: 'caddy',
      url: `http://127.0.0.1:${server.port}/`,
      requests: [],
      close: async () => {
        await server.stop();
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}
