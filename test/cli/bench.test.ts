import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runNode } from '../helpers/cli';
import { ROOT } from '../helpers/site';

/** `npm run bench -- <args>`, as its npm script runs it. */
const bench = (args: string[]) => runNode(['--import', join(ROOT, 'src/cli/loadTs.mjs'), join(ROOT, 'test/bench/run.ts'), ...args], ROOT);

test('npm run bench: a bad option fails in one line that says how to give them, before any build; --help gives the line alone', async () => {
  const usage = /\(usage: npm run bench -- \[--sizes 10,100,1000 .*\[--cards\]\)\n$/;
  for (const [args, problem] of [
    [['--sizs', '10'], 'bench: --sizs: unknown option; check its spelling '],
    [['--runs'], 'bench: --runs: expected a value after it '],
    [['--runs', '--no-bare'], 'bench: --runs: expected a value after it, not another option'],
  ] as const) {
    const run = await bench([...args]);
    expect(run.code, args.join(' ')).toBe(1);
    expect(run.stderr.startsWith(problem), run.stderr).toBe(true);
    expect(run.stderr, args.join(' ')).toMatch(usage);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stdout).toBe('');
  }
  const help = await bench(['--help']);
  expect([help.code, help.stderr]).toEqual([0, '']);
  expect(help.stdout).toMatch(/^usage: npm run bench -- \[--sizes/);
});
