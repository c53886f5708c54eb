import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runNode } from '../helpers/cli';
import { ROOT } from '../helpers/site';

/** Imports astro.config.mjs as Astro first tries to, with Node alone (no Vite), and prints the integrations' names. */
const IMPORT_CONFIG = `const { default: config } = await import(process.argv[1] + '?t=1');
console.log(JSON.stringify(config.integrations.map((i) => i.name)));`;

describe('astro.config.mjs', () => {
  // Else Astro loads it through Vite's module runner, some 0.7 s later at every build's start, and says nothing.
  test('loads with Node alone, the integrations’ TypeScript with it, without a warning', async () => {
    const config = pathToFileURL(join(ROOT, 'astro.config.mjs')).href;
    const { code, stdout, stderr } = await runNode(['--input-type=module', '-e', IMPORT_CONFIG, config], ROOT);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names: string[] = JSON.parse(stdout);
    for (const ours of ['strikes:pagefind', 'strikes:social-cards', 'strikes:offline', 'strikes:host']) expect(names).toContain(ours);
  });
});
