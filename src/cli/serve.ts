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
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  const dir = resolve(positionals[0] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}: run npm run build first (npm start does both)`);
  const server = await serveSite(dir, { host: values.host, port });
  const why = process.env.STRIKES_SERVER === 'node' ? 'STRIKES_SERVER=node' : 'nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static';
  const how = server.kind === 'nginx' ? 'nginx' : `the Node server (${why})`;
  console.log(`Serving ${dir} with ${how} at ${server.url} (Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
} catch (error) {
  console.error(`npm start: ${parseArgsProblem(error as Error)}`);
  process.exit(1);
}
