import { spawn } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One timed build. */
export interface BuildRun {
  ok: boolean;
  output: string;
  /** Wall time, from spawning `astro build` to its exit. */
  seconds: number;
  /** The largest resident memory of the build and all its child processes together, sampled every 100 ms. */
  peakBytes: number;
  /**
   * CPU seconds of the build and its child processes (all threads, user and system), as last sampled: on a
   * shared machine the wall time is the load's as much as the build's, and this much less so.
   */
  cpuSeconds: number;
}

const PAGE_SIZE = 4096;

/** Clock ticks a second, as /proc/<pid>/stat counts CPU time: 100 on Linux. */
const TICKS = 100;

/** Resident bytes of a process and all its descendants now, and the CPU seconds they have used, read from /proc. */
async function treeUse(rootPid: number): Promise<{ rss: number; cpu: number }> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces, so fields are counted after its closing parenthesis.
    const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let rss = 0;
  let ticks = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    const [statm, stat] = await Promise.all([`/proc/${pid}/statm`, `/proc/${pid}/stat`].map((f) => readFile(f, 'utf8').catch(() => '')));
    rss += Number(statm!.split(' ')[1] ?? 0) * PAGE_SIZE;
    // utime, stime, and cutime and cstime (its children that have ended): fields 14 to 17.
    const fields = stat!.slice(stat!.lastIndexOf(')') + 2).split(' ');
    ticks += fields.slice(11, 15).reduce((sum, f) => sum + (Number(f) || 0), 0);
    queue.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu: ticks / TICKS };
}

/** Runs `astro build` for the site in `root` into `outDir`, timing it and sampling its memory. */
export function measuredBuild(root: string, outDir: string, cacheDir: string): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    let peakBytes = 0;
    let cpuSeconds = 0;
    let sampling = false;
    const timer = setInterval(async () => {
      if (sampling || !child.pid) return;
      sampling = true;
      const use = await treeUse(child.pid);
      peakBytes = Math.max(peakBytes, use.rss);
      cpuSeconds = Math.max(cpuSeconds, use.cpu);
      sampling = false;
    }, 100);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ ok: code === 0, output, seconds, peakBytes, cpuSeconds });
    });
  });
}

/** Total bytes and number of files under a folder; undefined when it does not exist. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number } | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = entries.filter((e) => e.isFile());
  const sizes = await Promise.all(files.map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: files.length };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
