import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/checks/sourceCheck';
import { corpusSentences, syntheticSource } from './synthetic';

const real = await Promise.all((await readdir('content/sources')).map((f) => readFile(`content/sources/${f}`, 'utf8')));
const sentences = corpusSentences(real);
const words = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\s+/).filter(Boolean).length;

describe('syntheticSource(i, sentences)', () => {
  const sources = Array.from({ length: 40 }, (_, i) => syntheticSource(i, sentences));

  test('makes sources that pass every check the build makes, claims and quotes included', () => {
    for (const { file, text } of sources) expect(checkSource(file, text)).toEqual([]);
  });

  test('makes ~800-word articles with claims, distinct files, and the same file for the same i', () => {
    for (const { text } of sources) {
      expect(words(text)).toBeGreaterThanOrEqual(780);
      expect(words(text)).toBeLessThan(950);
      expect(text).toMatch(/claims:\n {2}- metric: strikes/);
    }
    expect(new Set(sources.map((s) => s.file)).size).toBe(sources.length);
    expect(syntheticSource(7, sentences)).toEqual(sources[7]);
  });

  test('draws on many of the real sentences', () => {
    expect(sentences.length).toBeGreaterThan(80);
  });
});
