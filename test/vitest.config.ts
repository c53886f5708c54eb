import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The `unit` project: tests that build nothing and start no browser, so they take seconds. Pure modules,
 * the charts against their snapshots, the real content files, the loaders, the import layers, the cards'
 * drawing and its PNG encoder, and the new-source command.
 */
const UNIT = [
  'test/layout.test.ts',
  'test/site.test.ts',
  'test/{format,schemas,i18n,markdown,domain,checks,importer,loaders,charts,jsonld,webapp,cards,collections,scripts,content}/**/*.test.ts',
  'test/integrations/{asciiContentStore,nativeConfig,atOnce,packCache,buildWarnings,remarkCitations,rehypeBlockIds,appIcons,socialCards,cardFonts,sourceCard,png}.test.ts',
  'test/host/{policies,staticHost}.test.ts',
  'test/cli/newSource.test.ts',
  'test/bench/*.test.ts',
];

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Builds and a real browser are slow on a shared machine; these bound a hang, they time nothing. Under
    // load, npm run check's types-and-links test (astro check, then a build) took more than two minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll() waits for what a page's script does: by default only a second, which a page opened on a
    // machine at a load of 5 did not get to (its <details> opened by the script after that).
    expect: { poll: { timeout: 30_000 } },
    projects: [
      // Pure tests share their workers' modules: each file need not import the same modules again.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      {
        extends: true,
        test: {
          // Everything that reads the built site, drives Chromium or builds a copy of the site.
          name: 'site',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          // Builds the site once into a temporary folder, for every test in this project.
          globalSetup: ['test/setup/buildSite.ts'],
        },
      },
    ],
  },
});
