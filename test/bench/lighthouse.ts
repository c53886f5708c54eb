/**
 * `npm run lighthouse`: builds the site, serves it on 127.0.0.1 as `npm start` does (nginx where installed)
 * and prints Lighthouse's four scores (mobile, its default simulated throttling) for the explainer, a source
 * page and the search page, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM } from '../helpers/browser.ts';
import { builtPages } from '../helpers/pages.ts';
import { serve } from '../helpers/server.ts';
import { ROOT, buildSite, removeDir, tempDir } from '../helpers/site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs the Lighthouse CLI on one URL and returns each category's score out of 100. */
function lighthouse(url: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--form-factor=mobile',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}:\n${err.slice(-2000)}`));
      const report = JSON.parse(out) as { categories: Record<string, { score: number | null }>; runWarnings: string[] };
      for (const warning of report.runWarnings) console.error(`  ${url}: ${warning}`);
      resolve(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])));
    });
  });
}

const dist = await tempDir('lighthouse');
try {
  const build = await buildSite(dist);
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  const pages = await builtPages(dist);
  const targets: [string, string | undefined][] = [
    ['explainer', '/'],
    ['a source page', pages.find((p) => /^\/sources\/[^/]+\/$/.test(p))],
    ['search', pages.find((p) => p.includes('search'))],
  ];
  const server = await serve(dist);
  try {
    console.log(`Served by ${server.kind} at ${server.url}\n`);
    console.log(`| page | ${CATEGORIES.join(' | ')} |`);
    console.log(`|---|${CATEGORIES.map(() => '---:').join('|')}|`);
    for (const [name, path] of targets) {
      if (!path) {
        console.log(`| ${name} | ${CATEGORIES.map(() => 'n/a').join(' | ')} |`);
        continue;
      }
      const scores = await lighthouse(new URL(path.slice(1), server.url).href);
      console.log(`| ${name} (${path}) | ${CATEGORIES.map((c) => scores[c]).join(' | ')} |`);
    }
  } finally {
    await server.close();
  }
} finally {
  await removeDir(dist);
}
