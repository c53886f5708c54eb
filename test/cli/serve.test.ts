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

test('a port already in use fails in one line, with nginx and with the Node server, where another server would have seemed to be ours', async () => {
  const other = createServer((socket) => socket.end());
  const port = await new Promise<number>((resolve) => other.listen(0, '127.0.0.1', () => resolve((other.address() as { port: number }).port)));
  try {
    for (const env of [{}, { STRIKES_SERVER: 'node' }] as Record<string, string>[]) {
      const run = await runCli('serve', [siteDir, '--port', String(port)], ROOT, env);
      expect([run.code, run.stdout, run.stderr], JSON.stringify(env)).toEqual([
        1,
        '',
        `npm start: port ${port} on 127.0.0.1 is in use: stop what serves there, or choose another port with --port\n`,
      ]);
    }
  } finally {
    other.close();
  }
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
  expect([port.code, port.stderr]).toEqual([1, 'npm start: --port must be a port number from 1 to 65535, not "eighty"\n']);
  // Not read as a number, as Number() would: "" as 0 (any free port), "1e3" as 1000.
  for (const value of ['', '1e3', '0x50', '0', '65536'])
    expect(await runCli('serve', [siteDir, `--port=${value}`], ROOT), value).toMatchObject({ code: 1, stderr: `npm start: --port must be a port number from 1 to 65535, not "${value}"\n` });
  // An empty host would listen on every interface; a second folder would be left unserved without a word.
  expect(await runCli('serve', [siteDir, '--host='], ROOT)).toMatchObject({ code: 1, stderr: 'npm start: --host must be an address to listen on (127.0.0.1), not empty\n' });
  expect(await runCli('serve', [siteDir, 'dist'], ROOT)).toMatchObject({ code: 1, stderr: `npm start: one folder to serve, not 2: ${siteDir} dist\n` });
  const empty = await runCli('serve', [join(ROOT, 'content')], ROOT);
  expect([empty.code, empty.stderr]).toEqual([1, `npm start: no built site in ${join(ROOT, 'content')}: run npm run build first (npm start does both)\n`]);
});
