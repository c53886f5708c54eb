import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { cliArgs, runCli } from '../helpers/cli';
import { rawGet } from '../helpers/http';
import { ROOT } from '../helpers/site';

const siteDir = inject('siteDir');

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Whether something accepts connections on the port. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

test('npm start serves the build with nginx as it is served for real, and stops with its server on TERM', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, cliArgs('serve', [siteDir, '--port', String(port)]), { cwd: ROOT });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk) => (stdout += chunk) && stdout.includes('\n') && resolve()));
  expect(stdout).toBe(`Serving ${siteDir} with nginx at http://127.0.0.1:${port}/ (Ctrl+C stops it)\n`);
  const home = await rawGet(`http://127.0.0.1:${port}/`, { 'accept-encoding': 'br' });
  expect([home.status, home.headers['content-encoding'], home.headers['cache-control']]).toEqual([200, 'br', 'no-cache']);
  expect(home.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(await accepts(port)).toBe(false);
});

test('a bad port or a folder with no build fails in one line', async () => {
  const port = await runCli('serve', [siteDir, '--port', 'eighty'], ROOT);
  expect([port.code, port.stderr]).toEqual([1, 'npm start: --port must be a port number, not "eighty"\n']);
  const empty = await runCli('serve', [join(ROOT, 'content')], ROOT);
  expect([empty.code, empty.stderr]).toEqual([1, `npm start: no built site in ${join(ROOT, 'content')}: run npm run build first (npm start does both)\n`]);
});
