import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a site copy needs to build: everything the build reads, with node_modules linked, not copied. */
// The lockfile too: the site's version (src/integrations/siteVersion.ts) is a hash that includes it.
const SITE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'content', 'public'];

/** A temporary folder; the caller removes it. */
export const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), `strikes-${prefix}-`));

/** Copies the site into a temporary folder, so a test can change its content without touching ours. */
export async function copySite(): Promise<string> {
  const dir = await tempDir('site');
  await Promise.all(SITE_FILES.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, colours stripped. */
  output: string;
}

/** Runs `astro build` for the site in `root`, writing to `outDir`; never throws on a failed build. */
export function buildSite(outDir: string, root = ROOT): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    // process.execPath is the Node that runs the tests: 22, from the `node` devDependency.
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });
