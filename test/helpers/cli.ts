import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './site';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the Node that runs the tests (22, from the `node` devDependency) with `args`, in `cwd`, and collects what it prints. */
export function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Command = 'newSource' | 'check' | 'serve';

/** Node's arguments for one of our commands (src/cli/<name>.ts), as its npm script gives them. */
export const cliArgs = (name: Command, args: string[]) => ['--import', join(ROOT, 'src/cli/loadTs.mjs'), join(ROOT, `src/cli/${name}.ts`), ...args];

/**
 * Runs one of our commands the way its npm script does, in `cwd`. `INIT_CWD` is where the editor typed
 * the command; npm sets it.
 */
export const runCli = (name: Command, args: string[], cwd: string, env: Record<string, string> = {}) =>
  runNode(cliArgs(name, args), cwd, { INIT_CWD: cwd, ...env });
