import { describe, expect, test } from 'vitest';
import { notesProse } from '../../src/domain/notesProse';
import { loadData } from '../charts/data';

describe('notesProse(notes): a strike row’s notes as a reader reads them', () => {
  test.each([
    ['Washington Post 2025-11-28; Dan Kovalik', 'Washington Post 28 November 2025; Dan Kovalik'],
    ['first-fourth strikes on Sept 2.', 'first-fourth strikes on 2 September.'],
    ['bombed off the coast of Colombia on 15 Sept. RTVC', 'bombed off the coast of Colombia on 15 September. RTVC'],
    ['no strike was announced on 14 or 16 Sept, so', 'no strike was announced on 14 or 16 September, so'],
    ['lawsuit (D. Mass., Jan 2026) says', 'lawsuit (D. Mass., January 2026) says'],
    ['a new strike on Oct 4 or the Oct 3 strike', 'a new strike on 4 October or the 3 October strike'],
    ['searched >400 nm SW of Acapulco; active search suspended 1 Nov after 96 h', 'searched more than 400 nautical miles south-west of Acapulco; active search suspended 1 November after 96 hours'],
    ['Second Pacific strike within ~24h; ~1,000 kg cocaine', 'Second Pacific strike within about 24 hours; about 1,000 kg cocaine'],
    ['83 (BNO) vs 82 (Anews). Difference = Oct 27 survivor', '83 (BNO) against 82 (Anews). Difference: 27 October survivor'],
    ['SOUTHCOM on X (Jan 1 2026); Hegseth on Oct 22, 2025', 'SOUTHCOM on X (1 January 2026); Hegseth on 22 October 2025'],
    ['last strike before a ~3-week pause', 'last strike before a roughly 3-week pause'],
    ['US officials to Reuters/CBS (Oct 16-17); Airwars gives Oct 23 or 24', 'US officials to Reuters/CBS (16-17 October); Airwars gives 23 or 24 October'],
  ])('%s', (notes, prose) => {
    expect(notesProse(notes)).toBe(prose);
  });

  test('leaves what a note quotes as the outlet printed it, and writes out only the words around it', () => {
    expect(notesProse("Totals 'as of Dec 31' (post of Jan 1 2026)")).toBe("Totals 'as of Dec 31' (post of 1 January 2026)");
    expect(notesProse('"Nov 3 ~ 4" in its headline; on Nov 4, ~3 killed')).toBe('"Nov 3 ~ 4" in its headline; on 4 November, about 3 killed');
    expect(notesProse('“Oct 16-17”, ‘SW of the boat’s route, Oct 18’ vs Oct 18')).toBe('“Oct 16-17”, ‘SW of the boat’s route, Oct 18’ against 18 October');
    // An apostrophe is no quotation mark: the quote runs on past it, and a possessive outside quotes quotes nothing.
    expect(notesProse("Colombia's navy: 'the fishermen's boat, Sept 15' (Sept 16)")).toBe("Colombia's navy: 'the fishermen's boat, Sept 15' (16 September)");
  });

  test('leaves words that only look like shorthand: a name, a number with no unit, a date that is not a day', () => {
    for (const kept of ['Sheinbaum', 'SWIFT', '3+2+3 killed', 'the Oct. 2025-13-45 row', 'USSOUTHCOM', 'Decimal', 'the 30th strike (AP)']) expect(notesProse(kept)).toBe(kept);
  });

  test('writes every real dating note and announcer with no day cut from its month', async () => {
    const { strikes } = await loadData();
    for (const s of strikes)
      for (const cell of [s.dateNote, s.announcedBy].filter(Boolean)) expect(notesProse(cell!), `${s.id}: ${cell}`).not.toMatch(/[A-Z][a-z]+-\d|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d/);
  });

  test('keeps every figure of every real note', async () => {
    const { strikes } = await loadData();
    const figures = (text: string) => (text.replace(/\d{4}-\d{2}-\d{2}/g, '').match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !/^20\d\d$/.test(n));
    for (const s of strikes) {
      const prose = notesProse(s.notes);
      expect(prose, s.id).not.toMatch(/~|>| nm\b| vs /);
      for (const figure of figures(s.notes)) expect(prose, `${s.id}: ${figure}`).toContain(figure);
    }
  });
});
