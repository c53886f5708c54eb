import { z } from 'astro/zod';
import { isCalendarDay, parseDay } from '../format/dates';

/** A calendar date written as YYYY-MM-DD (YAML may already have read it as a Date at midnight UTC). */
export const calendarDate = z
  .custom<Date | string>((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && isCalendarDay(value)), {
    error: 'expected a real date written as YYYY-MM-DD',
  })
  .transform((value) => (value instanceof Date ? value : parseDay(value)));
