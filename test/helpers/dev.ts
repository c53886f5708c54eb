import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { LOOPBACK_ONLY_MODULE } from './loopback.mjs';

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** Everything the server has printed so far, colours stripped. */
  output(): string;
  /** Resolves once the server has printed a line matching `pattern`. */
  printed(pattern: RegExp): Promise<void>;
  /** How many times the server has printed `pattern` so far. */
  count(pattern: RegExp): number;
  /** Resolves once the server has printed `pattern` `times` times in all (its Nth rebuild, say). */
  printedTimes(pattern: RegExp, times: number): Promise<void>;
  stop(): Promise<void>;
}

/** The variables `npm run dev` sets before `astro dev` (package.json: "NAME=value … astro dev …"). */
export function devScriptEnv(root: string): Record<string, string> {
  const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.dev;
  return Object.fromEntries([...script.matchAll(/(?<=^|\s)([A-Z_][A-Z0-9_]*)=(\S*)(?=\s)/g)].filter((m) => m.index < script.indexOf('astro ')).map((m) => [m[1]!, m[2]!]));
}

/**
 * Starts `astro dev` for the site in `root` on a free port of 127.0.0.1, as `npm run dev` does (its
 * variables), with Astro's preferences new and outside CI (as on a fresh machine of an editor's, where it
 * would check for a newer version: Astro reads XDG_CONFIG_HOME on Linux) and fetch() kept to loopback: a
 * request to any other host is refused, and printed (LOOPBACK_ONLY).
 */
export async function startDev(root: string): Promise<DevServer> {
  const port = await freePort();
  // Vitest sets NODE_ENV=test and VITEST*, under which Astro's dev server serves no pages.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  const preferences = await mkdtemp(join(tmpdir(), 'strikes-astro-preferences-'));
  // process.execPath is the Node that runs the tests: 22, from the `node` devDependency.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', LOOPBACK_ONLY_MODULE, join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: { ...env, ...devScriptEnv(root), XDG_CONFIG_HOME: preferences, CI: 'false', NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  let output = '';
  const waiting = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString());
    for (const check of waiting) check();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const count = (pattern: RegExp) => output.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  /** Resolves once `done()` holds, checked as the server prints; rejects if it exits first. */
  const until = (done: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => done() && (waiting.delete(check), resolve());
      waiting.add(check);
      child.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before printing ${what}:\n${output}`)));
      check();
    });
  return {
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    printed: (pattern) => until(() => pattern.test(output), `${pattern}`),
    count,
    printedTimes: (pattern, times) => until(() => count(pattern) >= times, `${pattern} ${times} times`),
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // A server that does not stop when asked is stopped.
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      });
      await rm(preferences, { recursive: true, force: true });
    },
  };
}
