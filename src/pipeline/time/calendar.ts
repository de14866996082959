import { isoDate, type DayDate } from '../dates.ts';
import type { TimePrecision, TimeValue } from './types.ts';

/** A span of whole days, first and last day included. */
export interface DaySpan {
  from: DayDate;
  to: DayDate;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01. */
const dayNumber = ({ year, month, day }: DayDate): number => Date.UTC(year, month - 1, day) / DAY_MS;

/** The date `days` days after (or before, when negative) a date. */
export function addDays(date: DayDate, days: number): DayDate {
  const d = new Date((dayNumber(date) + days) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export const isoWeekday = (date: DayDate): number => ((new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;

/** How many days back from a date its last weekday `weekday` (ISO, 1 = Monday) was: 0 when it is that weekday. */
export const daysBackTo = (date: DayDate, weekday: number): number => (isoWeekday(date) - weekday + 7) % 7;

export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first day of a month, and the last day of the month `months - 1` later: a span of whole months. */
function months(year: number, month: number, count: number): DaySpan {
  const last = month + count - 1;
  return { from: { year, month, day: 1 }, to: { year, month: last, day: lastDayOfMonth(year, last) } };
}

const value = (text: string, precision: TimePrecision, { from, to }: DaySpan): TimeValue =>
  ({ value: text, precision, from: isoDate(from), to: isoDate(to) });

/** One day. */
export const daySpan = (date: DayDate): TimeValue => value(isoDate(date), 'day', { from: date, to: date });

/** A calendar month (`2025-01`). */
export const monthSpan = (year: number, month: number): TimeValue => value(`${year}-${pad(month)}`, 'month', months(year, month, 1));

/** A quarter, 1–4 (`2025-Q2`: 2025-04-01 to 2025-06-30). */
export const quarterSpan = (year: number, quarter: number): TimeValue => value(`${year}-Q${quarter}`, 'quarter', months(year, 3 * quarter - 2, 3));

/** A half year, 1–2 (`2025-H1`: 2025-01-01 to 2025-06-30). */
export const halfSpan = (year: number, half: number): TimeValue => value(`${year}-H${half}`, 'half', months(year, 6 * half - 5, 6));

/** A calendar year (`2025`). */
export const yearSpan = (year: number): TimeValue => value(String(year), 'year', months(year, 1, 12));

/** A period of whole years (`2026/2030`: 2026-01-01 to 2030-12-31). */
export const periodSpan = (first: number, last: number): TimeValue =>
  value(`${first}/${last}`, 'period', { from: months(first, 1, 1).from, to: months(last, 12, 1).to });

/** The ISO week (Monday to Sunday) containing a date (`2025-W03`); its year is the year of its Thursday. */
export function isoWeekSpan(date: DayDate): TimeValue {
  const monday = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(monday, 3);
  const week = 1 + Math.floor((dayNumber(thursday) - dayNumber({ year: thursday.year, month: 1, day: 1 })) / 7);
  return value(`${thursday.year}-W${pad(week)}`, 'week', { from: monday, to: addDays(monday, 6) });
}

/** Days between two spans (0 when they touch or overlap). */
const distance = (a: DaySpan, b: DaySpan) =>
  Math.max(0, dayNumber(a.from) - dayNumber(b.to), dayNumber(b.from) - dayNumber(a.to));

/**
 * Of the years around a reference span (its year, the one before and the one after), the year whose
 * candidate span lies nearest the reference; ties go to the past. `candidate` returns null for a year
 * in which the span does not exist (February 29).
 */
export function nearestYear(candidate: (year: number) => DaySpan | null, reference: DaySpan): number | null {
  let best: { year: number; days: number } | null = null;
  for (const year of [reference.from.year - 1, reference.from.year, reference.to.year + 1]) {
    const span = candidate(year);
    const days = span && distance(span, reference);
    if (span && days !== null && (!best || days < best.days)) best = { year, days };
  }
  return best?.year ?? null;
}
