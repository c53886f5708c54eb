import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-script:';

/**
 * Vite plugin: `import url from './x.ts?lazy'` gives the address of x.ts built as a chunk of its own,
 * to `import(url)` when it is needed. A page script that holds only such imports has no dependency,
 * so Astro inlines it and a page that never needs x.ts makes no request for it.
 */
export function lazyScript(): Plugin {
  let building = false;
  return {
    name: 'strikes:lazy-script',
    // Before Vite's own resolver, which would take the query for its own.
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server compiles any project file on request.
      if (!building) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * For Vite's build.assetsInlineLimit: inline a page script only if it is the script of a component named
 * `*Loader.astro` (a few hundred bytes of addresses and listeners); every other script and asset stays a file.
 */
export const inlineLoadersOnly = (file: string) => /Loader\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(file);
