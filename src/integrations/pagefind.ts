import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close } from 'pagefind';
import { pagesWithoutKind } from '../checks/searchMetaCheck';
import { aliasWarnings } from './aliasWarnings';
import { devSearch } from './devSearch';
import { lazyScript } from './lazyScript';
import { addSite, buildIndex, describeIndex, markFragments, writeIndex } from './pagefindIndex';

/**
 * Search: indexes the built site with Pagefind into dist/pagefind/ (with the vocabulary for spelling
 * help and the date order across languages), warns of alias names no page prints, keeps an index of the dev server's pages up to date while
 * editing, and lets pages load search code only when the reader uses it.
 */
export default function pagefind(): AstroIntegration {
  let dev: ReturnType<typeof devSearch> | undefined;
  let root = process.cwd();
  return {
    name: 'strikes:pagefind',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [lazyScript()] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        dev = devSearch(server, logger);
      },
      'astro:server:start': ({ address }) => dev?.start(address),
      'astro:server:done': () => dev?.stop(),
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          let count = 0;
          const { files, pages } = await buildIndex(async (index) => {
            count = await addSite(index, site);
          });
          if (count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const missing = pagesWithoutKind(pages);
          if (missing.length) {
            throw new Error(
              `These pages mark text for search (data-pagefind-body) but give the Base layout no \`search\` prop:\n  ${missing.join('\n  ')}`,
            );
          }
          await writeIndex(files, join(site, 'pagefind'));
          await markFragments(site, pages);
          logger.info(`Search index of the ${count} pages read: ${describeIndex(files)}`);
          for (const warning of await aliasWarnings(root, pages)) logger.warn(warning);
        } finally {
          await close();
        }
      },
    },
  };
}
