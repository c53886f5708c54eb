import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** A program: `override`, or `name` on the PATH or in /usr/sbin (where Debian puts nginx); undefined if none. */
export async function findProgram(name: string, override?: string, env = process.env): Promise<string | undefined> {
  const candidates = override ? [override] : [...(env.PATH ?? '').split(delimiter), '/usr/sbin'].map((dir) => join(dir, name));
  for (const path of candidates) {
    if (await access(path, constants.X_OK).then(() => true, () => false)) return path;
  }
  return undefined;
}

/** A free port on `host`, found by asking the system for one. */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Why host:port cannot be listened on, in a reader's words, from the system's error. */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const why: Record<string, string> = {
    EADDRINUSE: `port ${port} on ${host} is in use: stop what serves there, or choose another port with --port`,
    EACCES: `port ${port} on ${host} needs more rights than this user has: choose a port above 1023 with --port`,
    EADDRNOTAVAIL: `this machine has no address ${host}: choose one it has with --host (127.0.0.1)`,
  };
  return new Error(why[error.code ?? ''] ?? `cannot listen on ${host}:${port}: ${error.message}`);
}

/** Resolves if host:port can be listened on now; rejects with listenProblem() otherwise. */
export function mustBeFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenProblem(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Resolves once something accepts connections on host:port; rejects if `child` exits first. */
function listening(child: ChildProcess, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    child.once('exit', (code) => {
      if (!done) reject(new Error(`it stopped (exit ${code}) before it listened on ${host}:${port}`));
      done = true;
    });
    const attempt = () => {
      if (done) return;
      const socket = createConnection({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        done = true;
        resolve();
      });
      // Not listening yet: the server is still reading its config. Ask again once this attempt has failed.
      socket.once('error', () => setImmediate(attempt));
    };
    attempt();
  });
}

/** A server program started by `startServer`. */
export interface RunningServer {
  port: number;
  /** Stops it (TERM: a fast shutdown that closes open connections) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts a server program on host:port (a free port for 0) and waits until it accepts connections.
 * `launch` starts it on a given port and returns the process and a way to read what it logged.
 */
export async function startServer(
  name: string,
  host: string,
  port: number,
  launch: (port: number) => Promise<{ child: ChildProcess; log: () => Promise<string> }>,
): Promise<RunningServer> {
  // A port asked for must be free: else the program fails to bind it, while whatever holds it answers as if it were the program.
  if (port) await mustBeFree(host, port);
  for (let attempt = 1; ; attempt++) {
    const chosen = port || (await freePort(host));
    const { child, log } = await launch(chosen);
    const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    try {
      await listening(child, host, chosen);
    } catch (error) {
      const text = await log();
      // Another program took the free port between finding and binding it: take another.
      if (!port && attempt < 5 && /address already in use/i.test(text)) continue;
      // Its last words on the first line, which is all a command prints: why it stopped ("Permission denied").
      const why = text.trim().split('\n').at(-1)?.trim();
      throw new Error(`${name}: ${(error as Error).message}${why ? `: ${why}` : ''}\n${text.trim()}`);
    }
    return {
      port: chosen,
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
      },
    };
  }
}
