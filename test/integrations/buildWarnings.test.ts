import { describe, expect, test } from 'vitest';
import { onBuildLog } from '../../src/integrations/buildWarnings';

/** What onBuildLog hands on to Vite's own logger. */
function passed(level: 'warn' | 'info', log: { code?: string; message: string }) {
  const out: unknown[] = [];
  onBuildLog.call(undefined as never, level, log as never, (_level, handed) => void out.push(handed));
  return out;
}

describe('onBuildLog', () => {
  const astros = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx?astroPropagatedAssets" may not be preserved when bundling.' };

  test('drops the warning Astro gives for every MDX file', () => {
    expect(passed('warn', astros)).toEqual([]);
  });

  test('passes on any other directive warning, any other warning, and other levels', () => {
    const client = { ...astros, message: astros.message.replace('use astro:head-inject', 'use client') };
    expect(passed('warn', client)).toEqual([client]);
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    expect(passed('warn', circular)).toEqual([circular]);
    expect(passed('info', astros)).toEqual([astros]);
  });
});
