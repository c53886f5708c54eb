import type { Plugin } from 'vite';

/** The module through which Astro's build reads the content store: `export default JSON.parse("…")`, the whole store in one string. */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Vite plugin: writes the content store's module in ASCII, each other character as its `\uXXXX` escape, so
 * the module's string is the same and Node compiles it in time proportional to its size. With the
 * characters as they are (a source's curly quotes and accents), V8 took time that grew with the square of
 * the store: 1 s for the 8 MB of 1,000 sources, 10 s for 33 MB, and minutes for 10,000 sources, before the
 * first page was rendered.
 */
export function asciiContentStore(): Plugin {
  return {
    name: 'strikes:ascii-content-store',
    transform: {
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler(code) {
        return { code: asciiLiterals(code), map: null };
      },
    },
  };
}

/**
 * `code` with every character outside ASCII written as its escape: for code whose only non-ASCII characters
 * are inside string literals, as JSON.stringify writes them, the same program. Characters beyond U+FFFF are
 * two UTF-16 units, each escaped.
 */
export function asciiLiterals(code: string): string {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
