import { z } from 'astro/zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isValidDate = (date: Date) => !Number.isNaN(date.getTime());
const isCalendarDate = (value: unknown) => {
  if (value instanceof Date) return isValidDate(value);
  if (typeof value !== 'string' || !isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Rejects days that roll over, like 2025-02-30.
  return isValidDate(date) && date.toISOString().startsWith(value);
};

/** A calendar date written as YYYY-MM-DD (YAML may already have read it as a Date at midnight UTC). */
export const calendarDate = z
  .custom<Date | string>(isCalendarDate, { error: 'expected a real date written as YYYY-MM-DD' })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

