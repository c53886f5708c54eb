/**
 * Loaded into a process under test (`node --import`): its fetch() reaches 127.0.0.1 and nothing else, and
 * it says on stderr what it refused (LOOPBACK_ONLY), so that a test finds a request to any other host that
 * the process would have made quietly (Astro's check for a newer version, which drops its own errors).
 * Only fetch(): `http.request`, sockets and the process's children go round it.
 */
import { LOOPBACK_GUARDED, LOOPBACK_ONLY } from './loopback.mjs';

const fetchAnywhere = globalThis.fetch;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

process.stderr.write(`${LOOPBACK_GUARDED}\n`);
// Async, as fetch() is: an address it cannot read is a rejected promise, not a throw.
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  // A data: or blob: address reaches no host.
  if (LOOPBACK.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return fetchAnywhere(input, init);
  process.stderr.write(`${LOOPBACK_ONLY} ${url.href}\n`);
  throw new TypeError(`${url.href} is not on this machine: this process may reach 127.0.0.1 alone`);
};
