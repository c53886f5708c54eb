import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/site';

/**
 * Imports astro.config.mjs as Astro first tries to, with Node itself (no Vite), in a process of its own,
 * and says which integrations it lists.
 */
function importConfigWithNode(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `const { default: config } = await import(process.argv[1] + '?t=1');
console.log(JSON.stringify(config.integrations.map((i) => i.name)));`;
  return new Promise((resolve, reject) => {
    // process.execPath is the Node that runs the tests, and Astro's: 22, from the `node` devDependency.
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(join(ROOT, 'astro.config.mjs')).href], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('astro.config.mjs', () => {
  // Else Astro loads it through Vite's module runner, some 0.7 s later at every build's start, and says nothing.
  test('loads with Node alone, the integrations’ TypeScript with it, without a warning', async () => {
    const { code, stdout, stderr } = await importConfigWithNode();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names: string[] = JSON.parse(stdout);
    for (const ours of ['strikes:pagefind', 'strikes:social-cards', 'strikes:offline', 'strikes:host']) expect(names).toContain(ours);
  });
});
