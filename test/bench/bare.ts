import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The baseline the scale issue names, "bare Astro + MDX + Pagefind": Astro's plain MDX setup with a
 * one-line layout, a list page and a page per source, and Pagefind indexing the built pages through its
 * Node API, as its documentation shows (no schema, checks, paragraph anchors, charts, search page, cards
 * or service worker). It builds the same MDX files, so our build time divided by its build time is the
 * cost of everything we add.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "type": "module", "private": true }\n',
  'astro.config.mjs': `import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await createIndex({});
      const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
      if (!page_count) throw new Error('Pagefind indexed no page');
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await close();
    },
  },
};
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  integrations: [mdx(), search],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '**/*.mdx' }) }) };
`,
  'src/components/Caption.astro': '<p class="caption"><slot /></p>\n',
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><slot /></main></body></html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const sources = await getCollection('sources');
---
<Page title="Sources"><ul>{sources.map((s) => <li><a href={\`/sources/\${s.id}/\`}>{s.data.title}</a></li>)}</ul></Page>
`,
  'src/pages/sources/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Caption from '../../components/Caption.astro';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('sources')).map((source) => ({ params: { id: source.id }, props: { source } }));
}
const { source } = Astro.props;
const { Content } = await render(source);
---
<Page title={source.data.title}><h1>{source.data.title}</h1><Content components={{ Caption }} /></Page>
`,
};

/** Writes the bare site into `dir` (content/sources/ is left to the caller), using `nodeModules`. */
export const writeBareSite = (dir: string, nodeModules: string) => writeSite(dir, FILES, 'content/sources', nodeModules);

/** Writes a site's `files` into `dir`, with an empty folder for its sources and `nodeModules` linked in. */
export async function writeSite(dir: string, files: Record<string, string>, sources: string, nodeModules: string): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  await mkdir(join(dir, sources), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
