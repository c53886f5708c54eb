import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astro } from '../../src/cli/astro';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a site copy needs to build: everything the build reads, with node_modules linked, not copied. */
// The lockfile too, as a fresh clone has it.
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

/** Runs `astro build` for the site in `root`, writing to `outDir`; never throws on a failed build. */
export const buildSite = (outDir: string, root = ROOT, env: Record<string, string> = {}) => astro(['build'], root, { ASTRO_OUT_DIR: outDir, ...env });

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });
