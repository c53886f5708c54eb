import { afterEach, describe, expect, test, vi } from 'vitest';
import { once, oncePerKey } from '../../src/collections/once';

afterEach(() => vi.unstubAllEnvs());

describe('values made once per build', () => {
  test('oncePerKey(): a build makes each key’s value once (a card’s spec, which its page and its JSON both ask for), each key its own', async () => {
    vi.stubEnv('DEV', false);
    const made: string[] = [];
    const spec = oncePerKey(async (name) => {
      made.push(name);
      return { name };
    });
    const [a, again, b] = await Promise.all([spec('strikes/x'), spec('strikes/x'), spec('site')]);
    expect(again).toBe(a);
    expect(b).toEqual({ name: 'site' });
    expect(made).toEqual(['strikes/x', 'site']);
    // A failure is kept too: the build stops on it, as it would have the first time.
    const failing = oncePerKey(async (name) => {
      made.push(name);
      throw new Error(`no card named ${name}`);
    });
    await expect(failing('nothing')).rejects.toThrow('no card named nothing');
    await expect(failing('nothing')).rejects.toThrow('no card named nothing');
    expect(made.filter((n) => n === 'nothing')).toHaveLength(1);
  });

  test('in the dev server (DEV) too, each value is made once: a change evaluates its module again, and so makes it afresh (test/integrations/devSearch.test.ts)', async () => {
    vi.stubEnv('DEV', true);
    let count = 0;
    const spec = oncePerKey(async () => ++count);
    const index = once(async () => ++count);
    expect([await spec('a'), await spec('a'), await index(), await index()]).toEqual([1, 1, 2, 2]);
  });

  test('once(): a build makes the value once', async () => {
    vi.stubEnv('DEV', false);
    let count = 0;
    const index = once(async () => ++count);
    expect([await index(), await index()]).toEqual([1, 1]);
  });
});
