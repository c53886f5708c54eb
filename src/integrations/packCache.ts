import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The last bytes of a pack: its index's length (8 bytes, little-endian) and this mark, which says the pack was finished. */
const MARK = Buffer.from('strikes-pack-v1\n');
const TRAILER = 8 + MARK.length;

/** A copy as this cache kept it before it was a pack: a file each, named by its hash. */
const OLD_COPY = /^[0-9a-f]{32}\.(z|png)$/;

/** Where each kept copy lies in a pack: its offset and length, by its name. */
type Index = Record<string, [offset: number, length: number]>;

/**
 * The build's cache, kept in one file, a pack: what a build makes from many small inputs (each text file's
 * compressed copies, each social card) that the next build can reuse. Each copy is named by a hash of what
 * it is made from and of `salt` (what every copy depends on, such as the code and the libraries that make
 * it); a build reads the last build's pack, and writes a new one holding only what it used, which replaces
 * the old one when the build is done. One file written in order: a file written and renamed for each copy,
 * as this cache was until 4 December 2026, cost a cold build of 1,000 sources more than compressing did.
 * It only saves time: a pack that is missing, unfinished or another version's is no cache, and a build
 * that stops before it is done leaves the last pack as it was.
 */
export class PackCache {
  /** How many copies this build made, and how many it took from the last pack. */
  made = 0;
  cached = 0;
  readonly file: string;
  readonly salt: string;
  #old?: Promise<LastPack | undefined>;
  #new?: Promise<FileHandle | undefined>;
  readonly #temporary: string;
  readonly #index: Index = {};
  readonly #pending = new Map<string, Promise<Buffer>>();
  readonly #writes: Promise<void>[] = [];
  #failed = false;
  #size = 0;
  constructor(file: string, salt: string) {
    this.file = file;
    this.salt = salt;
    this.#temporary = `${file}.${randomUUID()}.tmp`;
  }

  /** The name of what is made from `input`. */
  name(input: string | Uint8Array) {
    return createHash('sha256').update(this.salt).update('\0').update(input).digest('hex').slice(0, 32);
  }

  /** Whether the last pack holds what is made from `input`. */
  async holds(input: string | Uint8Array): Promise<boolean> {
    const old = await this.#last();
    return Boolean(old && placeOf(old, this.name(input)));
  }

  /**
   * What is made from `input`, as bytes: the last pack's copy, or made now; either is kept in the new pack.
   * Asked for again while it is being made, it is made once; asked for again later (two files with the same
   * bytes), it is read from the last pack again, or made again, rather than held in memory until the pack is done.
   */
  bytes(input: string | Uint8Array, make: () => Promise<Buffer> | Buffer): Promise<Buffer> {
    const name = this.name(input);
    const pending = this.#pending.get(name);
    if (pending) return pending;
    const kept = name in this.#index;
    const made = (async () => {
      const held = await this.#held(name);
      if (held) this.cached++;
      else this.made++;
      const result = held ?? (await make());
      if (!kept) this.#keep(name, result);
      return result;
    })();
    this.#pending.set(name, made);
    // Once settled, what is made is the caller's, not the cache's to hold.
    made.then(
      () => this.#pending.delete(name),
      () => this.#pending.delete(name),
    );
    return made;
  }

  /** Writes to `out` what is made from `input`, from the last pack or made now, and keeps it in the new pack. */
  async make(input: string | Uint8Array, out: string, make: () => Promise<Buffer> | Buffer): Promise<void> {
    const bytes = await this.bytes(input, make);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, bytes);
  }

  /**
   * Finishes the new pack (its index, then the mark) and puts it in the old one's place, keeping what this
   * build made even when it failed. Removes from its folder the copies this cache kept as a file each until
   * 4 December 2026 (`.z`, `.png`), and what a build that stopped half-way left being written an hour ago or
   * more; another build's pack being written is left alone. A pack that cannot be written costs the next
   * build time, not this one.
   */
  async close(): Promise<void> {
    await Promise.allSettled(this.#pending.values());
    const [old, pack] = await Promise.all([this.#old, this.#new]);
    await old?.handle.close();
    if (pack) {
      try {
        await Promise.all(this.#writes);
        if (this.#failed) throw new Error('a copy was not written');
        const index = Buffer.from(JSON.stringify(this.#index));
        const length = Buffer.alloc(8);
        length.writeBigUInt64LE(BigInt(index.length));
        await pack.write(Buffer.concat([index, length, MARK]), 0, undefined, this.#size);
        await pack.close();
        await rename(this.#temporary, this.file);
      } catch {
        await pack.close().catch(() => undefined);
        await rm(this.#temporary, { force: true });
      }
    }
    const stale = Date.now() - 3_600_000;
    const dir = dirname(this.file);
    for (const name of await readdir(dir).catch(() => [])) {
      const path = join(dir, name);
      const left = name.endsWith('.tmp') && ((await stat(path).catch(() => undefined))?.mtimeMs ?? Infinity) < stale;
      if (OLD_COPY.test(name) || left) await rm(path, { force: true }).catch(() => undefined);
    }
  }

  /** The last pack, read once. */
  #last() {
    return (this.#old ??= readPack(this.file));
  }

  /** The last pack's copy of `name`, if it holds one that can be read whole. */
  async #held(name: string): Promise<Buffer | undefined> {
    const old = await this.#last();
    const [offset, length] = (old && placeOf(old, name)) ?? [];
    if (!old || offset === undefined || length === undefined) return undefined;
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await old.handle.read(bytes, 0, length, offset).catch(() => ({ bytesRead: -1 }));
    return bytesRead === length ? bytes : undefined;
  }

  /** Writes a copy into the new pack, at the next free place. */
  #keep(name: string, bytes: Buffer) {
    const at = this.#size;
    this.#size += bytes.length;
    this.#index[name] = [at, bytes.length];
    this.#new ??= mkdir(dirname(this.file), { recursive: true })
      .then(() => open(this.#temporary, 'w'))
      .catch(() => undefined);
    const written = this.#new.then((pack) => pack?.write(bytes, 0, bytes.length, at));
    this.#writes.push(
      written.then(
        () => undefined,
        () => {
          this.#failed = true;
        },
      ),
    );
  }
}

/** A finished pack: an open handle to read its copies, its index, and where its copies end (and its index begins). */
interface LastPack {
  handle: FileHandle;
  index: Index;
  end: number;
}

/** Where a finished pack holds the copy `name`: its offset and length, only if it lies within the pack's copies. */
function placeOf({ index, end }: LastPack, name: string): [offset: number, length: number] | undefined {
  const [offset, length] = index[name] ?? [];
  const inside = Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset! >= 0 && length! >= 0 && offset! + length! <= end;
  return inside ? [offset!, length!] : undefined;
}

/** The finished pack in `file`; undefined for a pack that is missing or unfinished. */
async function readPack(file: string): Promise<LastPack | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    if (size < TRAILER) throw new Error('too short');
    const trailer = Buffer.alloc(TRAILER);
    await handle.read(trailer, 0, TRAILER, size - TRAILER);
    if (!trailer.subarray(8).equals(MARK)) throw new Error('unfinished');
    const length = Number(trailer.readBigUInt64LE(0));
    const end = size - TRAILER - length;
    if (end < 0) throw new Error('an index longer than the pack');
    const index = Buffer.alloc(length);
    await handle.read(index, 0, length, end);
    return { handle, index: JSON.parse(index.toString('utf8')) as Index, end };
  } catch {
    await handle.close();
    return undefined;
  }
}
