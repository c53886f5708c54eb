import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArgsProblem } from './options';
import { serveSite } from '../server/serve';

/**
 * `npm run preview` (and `npm start`, after the build): serves dist/ at http://127.0.0.1:4321/ as it is
 * served for real, with nginx and the generated config where nginx is installed, else the Node server.
 */
try {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
    allowPositionals: true,
  });
  // Digits only: Number() would read "" as 0 (any free port) and "1e3" or "0x50" as numbers.
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new Error(`--port must be a port number from 1 to 65535, not "${values.port}"`);
  // An empty host would listen on every network interface, not the one address asked for.
  if (!values.host.trim()) throw new Error('--host must be an address to listen on (127.0.0.1), not empty');
  if (positionals.length > 1) throw new Error(`one folder to serve, not ${positionals.length}: ${positionals.join(' ')}`);
  const dir = resolve(positionals[0] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}: run npm run build first (npm start does both)`);
  const server = await serveSite(dir, { host: values.host, port });
  const why = process.env.STRIKES_SERVER === 'node' ? 'STRIKES_SERVER=node' : 'nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static';
  const how = server.kind === 'nginx' ? 'nginx' : `the Node server (${why})`;
  // Ready to stop before it says it serves: a signal sent as soon as the line is read stops the server too.
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  console.log(`Serving ${dir} with ${how} at ${server.url} (Ctrl+C stops it)`);
} catch (error) {
  console.error(`npm start: ${parseArgsProblem(error as Error)}`);
  process.exit(1);
}
