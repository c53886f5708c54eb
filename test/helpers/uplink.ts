import { type Socket, connect, createServer } from 'node:net';

export interface Uplink {
  /** The address to use instead of the server's: http://127.0.0.1:PORT/ */
  url: string;
  /** Cuts the connection: open connections are dropped and new ones reset, as when a reader goes offline. */
  down(): void;
  /** Connects again. */
  up(): void;
  /** Bytes the server has sent through this connection so far (headers and bodies, as on the wire). */
  received(): number;
  /** Resolves once a request whose first line matches `pattern` has been refused while down, from now on. */
  refuses(pattern: RegExp): Promise<void>;
  close(): Promise<void>;
}

/**
 * A connection to a server that a test can cut and restore, on one address (so one origin, with its
 * service worker and caches). Chromium's offline emulation stops pages, but not the service worker
 * update check that the browser makes itself: only a server that cannot be reached does.
 */
export async function uplink(serverUrl: string): Promise<Uplink> {
  const target = Number(new URL(serverUrl).port);
  const sockets = new Set<Socket>();
  const waiting = new Set<(line: string) => void>();
  let isDown = false;
  let received = 0;

  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (isDown) {
      // Read what was asked, so that a test can wait for it, and answer nothing.
      client.on('error', () => undefined);
      client.once('data', (chunk) => {
        const line = chunk.toString('latin1').split('\r\n', 1)[0]!;
        for (const check of waiting) check(line);
        client.resetAndDestroy();
      });
      return;
    }
    const upstream = connect(target, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.on('data', (chunk: Buffer) => void (received += chunk.byteLength));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  const dropAll = () => sockets.forEach((socket) => socket.destroy());
  return {
    url: `http://127.0.0.1:${port}/`,
    down: () => ((isDown = true), dropAll()),
    up: () => void (isDown = false),
    received: () => received,
    refuses: (pattern) =>
      new Promise((resolve) => {
        const check = (line: string) => pattern.test(line) && (waiting.delete(check), resolve());
        waiting.add(check);
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        dropAll();
      }),
  };
}
