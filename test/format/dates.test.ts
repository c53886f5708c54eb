import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, formatDate, formatDay, formatDayMonth, formatMonth, formatMonthLabel, formatMonthShort, formatShortDate, formatSpanStart, isCalendarDay, isoMonth, parseDay } from '../../src/format/dates';

describe('isCalendarDay(text)', () => {
  test.each(['2025-11-28', '2024-02-29'])('%s is a real day', (day) => expect(isCalendarDay(day)).toBe(true));
  test.each(['2025-02-29', '2025-02-30', '2025-09-31', '2025-13-01', '2025-11-28T00:00', '28 Nov 2025', ''])('%j is not', (text) =>
    expect(isCalendarDay(text)).toBe(false),
  );
});

describe('days', () => {
  test('daysBetween counts whole days, addDays steps by them, across months and years', () => {
    expect(daysBetween(parseDay('2025-11-15'), parseDay('2025-12-04'))).toBe(19);
    expect(addDays(parseDay('2025-12-28'), 7)).toEqual(parseDay('2026-01-04'));
    expect(addDays(parseDay('2025-11-01'), -1)).toEqual(parseDay('2025-10-31'));
  });
});

describe('formatting a day', () => {
  const day = parseDay('2025-11-28');
  test('in the site’s own locale, in UTC so no time zone moves it', () => {
    expect(formatDate(day)).toBe('28 November 2025');
    expect(formatDay(day)).toBe('28 Nov');
    expect(formatDate(parseDay('2025-12-01'))).toBe('1 December 2025');
  });
  test('in another locale, when asked', () => {
    expect(formatDate(day, 'es')).toBe('28 de noviembre de 2025');
    expect(formatDate(parseDay('2025-11-30'), 'es')).toBe('30 de noviembre de 2025');
    // Spanish abbreviates a month with a full stop, which Intl leaves out.
    expect(formatShortDate(day, 'es')).toBe('28 nov. 2025');
    expect(formatDay(parseDay('2025-09-02'), 'es')).toBe('2 sept.');
    expect(formatDay(parseDay('2025-05-02'), 'es')).toBe('2 may.');
    expect(formatMonth('2025-12', 'es')).toBe('diciembre de 2025');
  });
  test('a day in a sentence, its month written out; a month as a heading or label names it, with a capital', () => {
    expect(formatDayMonth(day)).toBe('28 November');
    expect(formatDayMonth(parseDay('2025-09-02'), 'es')).toBe('2 de septiembre');
    expect(formatMonthLabel('2025-12', 'es')).toBe('Diciembre de 2025');
    expect(formatMonthLabel('2025-12')).toBe('December 2025');
  });
  test('a span’s first day keeps its year only where the last day is in another', () => {
    const [from, to] = [parseDay('2025-11-15'), parseDay('2025-12-04')];
    expect(`${formatSpanStart(from, to)} to ${formatDate(to)}`).toBe('15 November to 4 December 2025');
    expect(`del ${formatSpanStart(from, to, 'es')} al ${formatDate(to, 'es')}`).toBe('del 15 de noviembre al 4 de diciembre de 2025');
    expect(formatSpanStart(parseDay('2025-12-28'), parseDay('2026-01-03'))).toBe('28 December 2025');
    expect(formatSpanStart(parseDay('2025-12-28'), parseDay('2026-01-03'), 'es')).toBe('28 de diciembre de 2025');
  });
  test('a month as an axis labels it, in each locale', () => {
    expect(formatMonthShort()(day)).toBe('Nov');
    expect(formatMonthShort()(parseDay('2025-09-02'))).toBe('Sept');
    expect(formatMonthShort('es')(parseDay('2026-01-05'))).toBe('ene.');
  });
  test('a month: "2025-11" of a day, "November 2025" for a reader', () => {
    expect(isoMonth(parseDay('2025-11-30'))).toBe('2025-11');
    expect(isoMonth(parseDay('2025-12-01'))).toBe('2025-12');
    expect(formatMonth('2025-11')).toBe('November 2025');
  });
});
