import type { TestProject } from 'vitest/node';
import { LOOPBACK_ONLY_MODULE } from '../helpers/loopback.mjs';
import { buildSite, removeDir, tempDir } from '../helpers/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the site was built into for this test run. */
    siteDir: string;
    /** Everything that build printed. */
    buildLog: string;
  }
}

/** Builds the site once for the whole run; build and browser tests read the result. */
export default async function setup(project: TestProject) {
  const dir = await tempDir('dist');
  // As published without an address for corrections, whatever this machine's environment says; its
  // fetch() kept to this machine, saying what it refused (test/quality/buildLog.test.ts reads it).
  const result = await buildSite(dir, undefined, { CORRECTIONS_URL: '', NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${LOOPBACK_ONLY_MODULE}`].filter(Boolean).join(' ') });
  if (!result.ok) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('siteDir', dir);
  project.provide('buildLog', result.output);
  return () => removeDir(dir);
}
