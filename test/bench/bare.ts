import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The baseline: Astro's plain MDX setup with a one-line layout, a list page and a page per source (no
 * schema, checks, paragraph anchors, charts, search or service worker). It builds the same MDX files, so
 * our build time divided by its build time is the cost of everything we add.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "type": "module", "private": true }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  integrations: [mdx()],
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
export async function writeBareSite(dir: string, nodeModules: string): Promise<void> {
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  await mkdir(join(dir, 'content/sources'), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
