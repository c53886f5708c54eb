import { nginxServer, findNginx } from './nginxProcess';
import { nodeServer } from './nodeServer';
import type { ListenOptions, SiteServer } from './siteServer';

/**
 * Serves a built site as it is served for real: with nginx and the generated config where nginx is
 * installed, else with the Node server, which applies the same rules. STRIKES_SERVER=node forces the latter.
 */
export async function serveSite(dir: string, options: ListenOptions = {}): Promise<SiteServer> {
  if (process.env.STRIKES_SERVER !== 'node' && (await findNginx())) return nginxServer(dir, options);
  return nodeServer(dir, options);
}
