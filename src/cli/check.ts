import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Problem, formatProblem } from '../checks/problems';
import { plural } from '../format/numbers';
import { checkLinks } from '../checks/linkCheck';
import { siteUrl } from '../site';
import { astro } from './astro';
import { readBuiltSite } from './builtSite';
import { CONTENT_KINDS, type ContentKind, contentFiles, readContent } from './readContent';

/** Builds the site into a temporary folder and checks that every internal link and #anchor lands. */
export async function checkBuiltLinks(root: string, kinds: readonly ContentKind[] = CONTENT_KINDS) {
  const dir = await mkdtemp(join(tmpdir(), 'strikes-check-'));
  try {
    const build = await astro(['build'], root, { ASTRO_OUT_DIR: dir });
    if (!build.ok) return { built: false, output: build.output, links: 0, problems: [] as Problem[] };
    const files = await readBuiltSite(dir);
    const broken = checkLinks(files, siteUrl());
    const problems = await Promise.all(broken.map((b) => locate(root, kinds, b.page, b.href, b.message)));
    return { built: true, output: '', links: files.reduce((n, f) => n + f.links.length, 0), problems };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Traces a broken link to the line of the content file that wrote it, where one did. */
async function locate(root: string, kinds: readonly ContentKind[], page: string, href: string, message: string): Promise<Problem> {
  for (const kind of kinds) {
    for (const { file, raw } of await contentFiles(root, kind)) {
      if (kind.pageOf(file) !== page) continue;
      const lines = raw.split('\n');
      // As a Markdown link target or an attribute value first: "/sources" is also part of "/sources/x/".
      const exact = [`](${href})`, `](${href} `, `"${href}"`, `'${href}'`];
      let at = lines.findIndex((l) => exact.some((written) => l.includes(written)));
      if (at < 0) at = lines.findIndex((l) => l.includes(href));
      if (at >= 0) return { file, line: at + 1, field: 'link', message: `${href}: ${message}` };
    }
  }
  // Not written in content: a template in src/ made it.
  return { file: `the page ${page}`, line: 0, field: 'link', message: `${href}: ${message} (the link comes from a template in src/)` };
}

const show = (p: Problem) => `  ${p.line ? formatProblem(p) : `${p.file} ${p.field}: ${p.message}`}`;

/** The steps of `npm run check`, in order; each returns whether it passed. */
const STEPS = {
  async content(root: string) {
    const { files, problems, warnings } = await readContent(root);
    const warned = warnings.map((w) => `  warning: ${w}`);
    if (!problems.length) return { ...ok(`${plural(files, 'content file')}: no problems${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''}`), details: warned };
    return failed(`${plural(problems.length, 'problem')} in content:`, [...problems.map(show), ...warned]);
  },
  async types(root: string) {
    const result = await astro(['check'], root);
    const summary = /(\d+) errors?/.exec(result.output)?.[0] ?? 'done';
    // Keep the diagnostics; drop astro's timestamped progress lines.
    const diagnostics = result.output.split('\n').filter((l) => !/^\d\d:\d\d:\d\d /.test(l));
    return result.ok ? ok(`astro check (.ts and .astro): ${summary}`) : failed('astro check found type errors:', [diagnostics.join('\n').trim()]);
  },
  async links(root: string) {
    const { built, output, links, problems } = await checkBuiltLinks(root);
    if (!built) return failed('the site did not build:', [output.trim()]);
    if (!problems.length) return ok(`built the site into a temporary folder: ${links} links and anchors, none broken`);
    return failed(`${plural(problems.length, 'broken link')}:`, problems.map(show));
  },
};
type Step = keyof typeof STEPS;
const ok = (summary: string) => ({ ok: true, summary, details: [] as string[] });
const failed = (summary: string, details: string[]) => ({ ok: false, summary, details });

/** `npm run check [-- content types links]`: runs the named steps, or all; returns the exit code. */
export async function main(argv: string[], root = process.cwd()): Promise<number> {
  try {
    return await run(argv, root);
  } catch (error) {
    // A problem in content is reported at its line by the steps; anything else is still one line, never a stack trace.
    console.error(`check: could not finish: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
}

/** What `npm run check -- --help` prints. */
const USAGE = `usage: npm run check [-- <step>…]: runs every step, or those named, in order; the steps are ${Object.keys(STEPS).join(', ')}
  content  every content file read as the build reads it: each mistake at its file, line and field
  types    astro check: the TypeScript of the site's code
  links    the site built into a temporary folder, every internal link and #anchor checked, traced to its line`;

async function run(argv: string[], root: string): Promise<number> {
  if (argv.some((a) => a === '--help' || a === '-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => !Object.hasOwn(STEPS, a));
  if (unknown.length) {
    console.error(`check: unknown step ${unknown.join(', ')}; the steps are ${Object.keys(STEPS).join(', ')}`);
    return 1;
  }
  const steps = (argv.length ? argv : Object.keys(STEPS)) as Step[];
  let contentOk = true;
  let allOk = true;
  for (const step of steps) {
    // The types and the build read the content too: with content broken they would only repeat it, less clearly.
    if (!contentOk) {
      console.log(`${step.padEnd(8)} skipped: fix the content first`);
      continue;
    }
    const result = await STEPS[step](root);
    console.log(`${step.padEnd(8)} ${result.summary}`);
    for (const line of result.details) console.log(line);
    if (!result.ok && step === 'content') contentOk = false;
    allOk &&= result.ok;
  }
  console.log(allOk ? '\nEvery check passed.' : '\nnpm run check failed: fix each problem at the file and line it names.');
  return allOk ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
