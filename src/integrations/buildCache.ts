import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Files a build makes that the next build can reuse: a folder of the build's cache, each file named by a
 * hash of what it is made from (its input, and `salt`: what every file depends on, such as the code and
 * the libraries that make it). What did not change is copied, not made again; the cache keeps only what
 * the latest build used. It only saves time: a file it does not hold, or that another build's pruning
 * removed meanwhile, is made again, and no build ever reads a half-written file.
 */
export class BuildCache {
  readonly used = new Set<string>();
  /** How many files this build made, and how many it copied. */
  made = 0;
  cached = 0;
  readonly dir: string;
  readonly salt: string;
  /** The ending of the cache's file names: ".png". */
  readonly ending: string;
  constructor(dir: string, salt: string, ending: string) {
    this.dir = dir;
    this.salt = salt;
    this.ending = ending;
  }

  /** The cache's file name for what is made from `input`. */
  name(input: string | Uint8Array) {
    return `${createHash('sha256').update(this.salt).update('\0').update(input).digest('hex').slice(0, 32)}${this.ending}`;
  }

  /** Whether the cache holds what is made from `input`. */
  holds(input: string | Uint8Array): Promise<boolean> {
    return access(join(this.dir, this.name(input))).then(
      () => true,
      () => false,
    );
  }

  /** Writes to `out` what is made from `input`: the cache's copy, or made now and kept. */
  async make(input: string | Uint8Array, out: string, make: () => Promise<Buffer> | Buffer): Promise<void> {
    const made = await this.bytes(input, make);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, made);
  }

  /** What is made from `input`, as bytes: the cache's copy, or made now and kept. */
  async bytes(input: string | Uint8Array, make: () => Promise<Buffer> | Buffer): Promise<Buffer> {
    const name = this.#use(input);
    // Not held when not made before, or removed by another build's pruning since: then it is made now.
    const held = await readFile(join(this.dir, name)).catch(() => undefined);
    if (held) {
      this.cached++;
      return held;
    }
    const made = await make();
    await this.#keep(name, made);
    return made;
  }

  /** Removes what this build did not use, and what a build that stopped half-way left being written an hour ago or more. */
  async prune() {
    const stale = Date.now() - 3_600_000;
    for (const name of await readdir(this.dir).catch(() => [])) {
      const path = join(this.dir, name);
      // Another build's copy being written (<name>.<id>.tmp) is left alone while it may still be.
      const written = name.endsWith('.tmp') && name.includes(`${this.ending}.`);
      const unused = name.endsWith(this.ending) ? !this.used.has(name) : written && ((await stat(path).catch(() => undefined))?.mtimeMs ?? Infinity) < stale;
      // A copy that cannot be removed costs room, not the build.
      if (unused) await rm(path, { force: true }).catch(() => undefined);
    }
  }

  #use(input: string | Uint8Array) {
    const name = this.name(input);
    this.used.add(name);
    return name;
  }

  /** Keeps a copy, written beside its final name and renamed; a failure to keep one is no failure of the build. */
  async #keep(name: string, made: Buffer) {
    this.made++;
    const kept = join(this.dir, name);
    // Named for this write alone: two builds (or two files of one build with the same bytes) may keep the same copy at once.
    const temporary = `${kept}.${randomUUID()}.tmp`;
    await writeFile(temporary, made)
      .then(() => rename(temporary, kept))
      .catch(() => rm(temporary, { force: true }));
  }
}
