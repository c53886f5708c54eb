import { describe, expect, test } from 'vitest';
import { mapAtOnce } from '../../src/integrations/atOnce';

/** A task that finishes when told to, recording when it started. */
function tasks() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  let running = 0;
  let most = 0;
  const run = (n: number) =>
    new Promise<number>((resolve) => {
      started.push(n);
      most = Math.max(most, ++running);
      finish.set(n, () => {
        running--;
        resolve(n * 10);
      });
    });
  return { started, finish, run, most: () => most };
}

/** Lets every promise that can settle do so. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('mapAtOnce(items, limit, fn)', () => {
  test('runs at most `limit` at a time, starts the next as soon as any one finishes, and gives the results in order', async () => {
    const t = tasks();
    const all = mapAtOnce([1, 2, 3, 4, 5], 2, t.run);
    await settle();
    expect(t.started).toEqual([1, 2]);
    // The second finishing first frees its place for the third, without waiting for the first.
    t.finish.get(2)!();
    await settle();
    expect(t.started).toEqual([1, 2, 3]);
    for (const n of [3, 1, 4, 5]) {
      await settle();
      t.finish.get(n)!();
    }
    expect(await all).toEqual([10, 20, 30, 40, 50]);
    expect(t.most()).toBe(2);
  });

  test('fails at the first failure, and then starts nothing more: those running finish what they hold', async () => {
    const started: number[] = [];
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const all = mapAtOnce([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('no 2');
      if (n === 1) await slow;
      return n;
    });
    const failure = expect(all).rejects.toThrow('no 2');
    await settle();
    release();
    await failure;
    await settle();
    expect(started).toEqual([1, 2]);
  });

  test('fails with the first failure; an empty list gives an empty result', async () => {
    await expect(mapAtOnce([1, 2], 4, async (n) => (n === 2 ? Promise.reject(new Error('no 2')) : n))).rejects.toThrow('no 2');
    expect(await mapAtOnce([], 4, async () => 1)).toEqual([]);
  });
});
