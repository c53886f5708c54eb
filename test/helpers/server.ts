import { serveSite } from '../../src/server/serve';
import type { SiteServer } from '../../src/server/siteServer';

export type StaticServer = SiteServer;

/**
 * Serves a built site on a free port of 127.0.0.1 as `npm start` does: nginx with the generated config
 * where it is installed (CI installs it), else the Node server that applies the same rules.
 */
export const serve = (dir: string): Promise<StaticServer> => serveSite(dir, { host: '127.0.0.1', port: 0 });
