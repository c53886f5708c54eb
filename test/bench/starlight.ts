import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSite } from './bare.ts';

/**
 * The peer the scale issue names, "a default Starlight site given the same files": Starlight's own setup
 * as its documentation starts it (a title, its docs loader and schema; its search, sidebar and pages as they
 * come), the sources in src/content/docs/, where its loader reads them. One thing is added: the sources'
 * one component, `<Caption>`, becomes the paragraph the bare site's component writes
 * (`<p class="caption">`), by a remark plugin, since a default site has no component of that name and MDX
 * would stop the build.
 */
export const STARLIGHT_SOURCES = 'src/content/docs';

const FILES: Record<string, string> = {
  // Its dependencies are named, as an installed site's are, for Astro to compile Starlight's components.
  'package.json': '{ "type": "module", "private": true, "dependencies": { "@astrojs/starlight": "*", "astro": "*" } }\n',
  'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
const caption = () => (tree) => {
  const visit = (node) => {
    if (node.name === 'Caption' && node.type.startsWith('mdxJsx')) {
      node.name = 'p';
      node.attributes = [{ type: 'mdxJsxAttribute', name: 'className', value: 'caption' }];
    }
    node.children?.forEach(visit);
  };
  visit(tree);
};
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  markdown: { remarkPlugins: [caption] },
  integrations: [starlight({ title: 'Sources' })],
});
`,
  // As Starlight's starter has it; without one, the site would take the project's, in the folder above.
  'tsconfig.json': '{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n',
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
};

/**
 * A folder for the Starlight site inside `root`'s `.astro/` (ignored by git), not the system's temporary
 * folder: Astro compiles a component from node_modules only when the two paths share a folder below `/`
 * (`normalizeFilename` of astro/dist/vite-plugin-utils), and the site's node_modules links to `root`'s.
 * The caller removes it.
 */
export async function starlightDir(root: string): Promise<string> {
  await mkdir(join(root, '.astro'), { recursive: true });
  return mkdtemp(join(root, '.astro', 'bench-starlight-'));
}

/** Removes Starlight sites a benchmark stopped before removing (with Ctrl-C, say) from `root`'s `.astro/`. */
export async function removeStarlightDirs(root: string): Promise<void> {
  const dir = join(root, '.astro');
  const stale = (await readdir(dir).catch(() => [])).filter((name) => name.startsWith('bench-starlight-'));
  await Promise.all(stale.map((name) => rm(join(dir, name), { recursive: true, force: true })));
}

/** Writes the Starlight site into `dir` (its sources, in STARLIGHT_SOURCES, are left to the caller), using `nodeModules`. */
export const writeStarlightSite = (dir: string, nodeModules: string) => writeSite(dir, FILES, STARLIGHT_SOURCES, nodeModules);
