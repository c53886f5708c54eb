import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArgsProblem } from './options';
import { formatProblem } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';
import { plural } from '../format/numbers';
import { decodeArticle, encodingName } from '../importer/decodeArticle';
import { ImportError, importSource, optionProblems, sourceFile } from '../importer/importSource';

const USAGE = 'usage: npm run new-source -- <article.txt|article.html> [--outlet "Name"] [--date YYYY-MM-DD] [--url https://…]';

/** Where sources live, from the project root (npm runs scripts there). */
export const SOURCES_DIR = 'content/sources';

/** A failure to report to the editor in one line. */
class Failure extends Error {}

/** Why a file could not be read, in the editor's words; else Node's, without the call and path it repeats ("…, open '/x'"). */
const unreadable = (error: NodeJS.ErrnoException) =>
  ({
    ENOENT: 'no such file',
    EISDIR: 'it is a folder, not a file',
    EACCES: 'permission denied',
    ENOTDIR: 'a part of its path is a file, not a folder',
    ELOOP: 'its path goes round in a loop of symbolic links',
    NOT_A_FILE: 'it is not a file (a pipe, a socket or a device), which new-source would wait on',
  })[error.code ?? ''] ?? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');

/** The article's bytes: of a file, not of a pipe or a device, which reading would wait on for ever. */
async function readArticle(path: string): Promise<Buffer> {
  const info = await stat(path);
  if (!info.isFile() && !info.isDirectory()) throw Object.assign(new Error('not a file'), { code: 'NOT_A_FILE' });
  return readFile(path);
}

/**
 * Writes `text` to `path` whole, or not at all, and never over a file that exists: it is written beside
 * it first, then linked into place (which fails if the name is taken), so an interrupted write leaves
 * no half-written source.
 */
async function writeNew(path: string, text: string): Promise<boolean> {
  const temporary = join(dirname(path), `.new-source-${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The options, each given at most once, and the one article file. */
function parse(argv: string[]) {
  const options = { outlet: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options, tokens: true });
  } catch (error) {
    throw new Failure(`${parseArgsProblem(error as Error)} (${USAGE})`);
  }
  if (args.values.help) return { help: true } as const;
  const given = args.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
  const twice = given.filter((name, i) => given.indexOf(name) !== i);
  if (twice.length) throw new Failure(`--${twice[0]} is given twice: give it once`);
  const wrong = optionProblems(args.values);
  if (wrong.length) throw new Failure(wrong.join('; '));
  if (args.positionals.length !== 1) throw new Failure(`expected one article file (${USAGE})`);
  const { help: _, ...values } = args.values;
  return { file: args.positionals[0]!, options: values };
}

async function run(argv: string[], cwd: string, inputDir: string): Promise<number> {
  // Every option is checked before the file is read, and everything is read before anything is written.
  const parsed = parse(argv);
  // Asked how to use it: the usage, and nothing read or written.
  if ('help' in parsed) {
    console.log(`${USAGE}\nWrites content/sources/<outlet>-<date>.mdx from a saved article (text or a web page), its page furniture listed in \`removed\`; --outlet, --date and --url give what the article does not say.`);
    return 0;
  }
  const { file: typed, options } = parsed;
  // npm runs scripts from the project root; the file is named from where the editor typed the command.
  const input = resolve(inputDir, typed);
  const fromRoot = relative(cwd, input);
  const shown = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? typed : fromRoot;
  const bytes = await readArticle(input).catch((error: NodeJS.ErrnoException) => {
    throw new Failure(`cannot read ${shown}: ${unreadable(error)}`);
  });

  let made;
  try {
    const decoded = decodeArticle(bytes);
    made = importSource(decoded.text, options);
    if (decoded.guessed)
      made.notes.unshift(
        `${shown} is not UTF-8: it was read as ${encodingName(decoded.encoding)}; check its accented letters and quotation marks against the original`,
      );
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // "story.png looks like …", "story.html says it is UTF-8, but …": a sentence about the file; else "story.txt: …".
    throw new Failure(`${shown}${/^(looks like|says|begins)\b/.test(error.message) ? ' ' : ': '}${error.message}`);
  }
  const file = join(SOURCES_DIR, `${made.id}.mdx`);
  const text = sourceFile(made, shown);
  await mkdir(join(cwd, SOURCES_DIR), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    const inTheWay = { EEXIST: 'a file of that name is in the way', ENOTDIR: 'content is a file, not a folder' }[error.code ?? ''];
    throw new Failure(`cannot make the folder ${SOURCES_DIR}: ${inTheWay ?? unreadable(error)}`);
  });
  if (!(await writeNew(join(cwd, file), text)))
    throw new Failure(`${file} already exists, and new-source never overwrites a source: rename or delete it first, or give another --outlet or --date`);

  const { problems, blocks = [] } = readSource(file, text);
  const removed = (made.data.removed as unknown[]).length;
  console.log(`Wrote ${file}: ${plural(blocks.length, 'numbered paragraph')} (p-1 to p-${blocks.length}); ${plural(removed, 'piece')} of page furniture removed and listed in \`removed\`.`);
  for (const note of made.notes) console.log(`Note: ${note}`);
  if (problems.length) {
    console.log('Still to do before it builds:');
    for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  }
  console.log('Then check the text against the original, add the claims, and run npm run check.');
  return 0;
}

/** `npm run new-source`: makes content/sources/<outlet>-<date>.mdx from a supplied article. Returns the exit code. */
export async function main(argv: string[], cwd = process.cwd(), inputDir = process.env.INIT_CWD ?? cwd): Promise<number> {
  try {
    return await run(argv, cwd, inputDir);
  } catch (error) {
    // Ours say what to do; anything else is still one line, never a stack trace.
    const message = error instanceof Failure ? error.message : `could not import: ${(error as Error).message.split('\n')[0]}`;
    console.error(`new-source: ${message}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
