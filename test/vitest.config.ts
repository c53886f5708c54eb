import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Builds the site once into a temporary folder; build and browser tests read it.
    globalSetup: ['test/setup/buildSite.ts'],
    // Builds and a real browser are slow on a shared machine; these bound a hang, they time nothing.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
