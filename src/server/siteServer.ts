/** A built site served on this machine, by nginx or by the Node server. */
export interface SiteServer {
  /** What serves it. */
  kind: 'nginx' | 'caddy' | 'node';
  /** Its address, ending in a slash: http://127.0.0.1:PORT/ */
  url: string;
  /** Every path asked for so far, with its query, in order. */
  readonly requests: string[];
  /** Stops it, closing every connection. */
  close(): Promise<void>;
}

/** Where to listen; port 0 takes a free one. */
export interface ListenOptions {
  host?: string;
  port?: number;
}
