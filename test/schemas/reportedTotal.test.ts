import { describe, expect, test } from 'vitest';
import { shortOutlet } from '../../src/schemas/reportedTotal';

describe('shortOutlet(outlet)', () => {
  test('keeps who reported the total, not through whom we read it', () => {
    expect(shortOutlet('CNN (via KEYT)')).toBe('CNN');
    expect(shortOutlet('MercoPress; Just the News; particle.news')).toBe('MercoPress');
    expect(shortOutlet('AFP (NZ Herald; LBC)')).toBe('AFP');
    expect(shortOutlet('AP (Springfield News-Sun); Newsmax')).toBe('AP (Springfield News-Sun)');
    expect(shortOutlet('Military Times (mirror survivalprepperstores.com)')).toBe('Military Times');
  });

  test('leaves an outlet that names its wire service as it is', () => {
    expect(shortOutlet('The Independent (AP)')).toBe('The Independent (AP)');
    expect(shortOutlet('BNO News')).toBe('BNO News');
  });
});
