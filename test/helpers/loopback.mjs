/** test/helpers/loopbackOnly.mjs, and what it prints, in a module of its own: importing that one guards the importer. */

/** The guard, as `node --import` takes it (a file URL, whatever the path holds). */
export const LOOPBACK_ONLY_MODULE = new URL('./loopbackOnly.mjs', import.meta.url).href;

/** Before each request it refused. */
export const LOOPBACK_ONLY = 'loopback only: refused';
/** As it is loaded, so that a test can tell it was. */
export const LOOPBACK_GUARDED = 'loopback only: fetch() in this process reaches 127.0.0.1 alone';
