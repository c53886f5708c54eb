import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../checks/problems';
import { plural } from '../format/numbers';
import { ImportError, importSource, sourceFile } from '../importer/importSource';
import { readSource } from '../checks/sourceCheck';

const USAGE = 'usage: npm run new-source -- <article.txt|article.html> [--outlet "Name"] [--date YYYY-MM-DD] [--url https://…]';

/** Where sources live, from the project root (npm runs scripts there). */
export const SOURCES_DIR = 'content/sources';

/** `npm run new-source`: makes content/sources/<outlet>-<date>.mdx from a supplied article. Returns the exit code. */
export async function main(argv: string[], cwd = process.cwd(), inputDir = process.env.INIT_CWD ?? cwd): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { outlet: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.positionals.length !== 1) return fail(`expected one article file\n${USAGE}`);

  // npm runs scripts from the project root; the file is named from where the editor typed the command.
  const input = resolve(inputDir, args.positionals[0]);
  let raw: string;
  try {
    raw = await readFile(input, 'utf8');
  } catch (error) {
    return fail(`cannot read ${args.positionals[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }

  let made;
  try {
    made = importSource(raw, args.values);
  } catch (error) {
    if (error instanceof ImportError) return fail(`${args.positionals[0]}: ${error.message}`);
    throw error;
  }
  const file = join(SOURCES_DIR, `${made.id}.mdx`);
  const text = sourceFile(made, relative(cwd, input));
  await mkdir(join(cwd, SOURCES_DIR), { recursive: true });
  try {
    // 'wx' fails if the file exists: an import never replaces a source an editor has worked on.
    await writeFile(join(cwd, file), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fail(`${file} already exists, and new-source never overwrites a source: rename or delete it first, or give another --outlet or --date`);
  }

  const { problems, blocks = [] } = readSource(file, text);
  const removed = (made.data.removed as unknown[]).length;
  console.log(`Wrote ${file}: ${blocks.length} numbered paragraphs (p-1 to p-${blocks.length}); ${plural(removed, 'piece')} of page furniture removed and listed in \`removed\`.`);
  for (const note of made.notes) console.log(`Note: ${note}`);
  if (problems.length) {
    console.log('Still to do before it builds:');
    for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  }
  console.log('Then check the text against the original, add the claims, and run npm run check.');
  return 0;
}

function fail(message: string): number {
  console.error(`new-source: ${message}`);
  return 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
