import type { DatePrecision } from '../schemas/document.ts';

/** One formatter per precision, made once: creating an Intl formatter costs far more than using one. */
const formatters: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** Formats an ISO date as precisely as it is known: "13 January 2025", "January 2025", "2025" or "Undated". */
export function formatDate(date: string | null, precision: DatePrecision | null): string {
  if (!date || !precision) return 'Undated';
  const key = `${precision}:${date}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const [year, month = '01', day = '01'] = date.split('-');
    text = formatters[precision].format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
    formatted.set(key, text);
  }
  return text;
}

/** Dates already formatted: a corpus has a few thousand distinct dates, shown on many pages. */
const formatted = new Map<string, string>();

/** Formats an ISO date as precisely as it is written: `2025-01-13`, `2025-01` or `2025`. */
export const formatIsoDate = (date: string): string => formatDate(date, date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year');

/** The year of an ISO date (`2025-01-13` → `2025`), or null when undated. */
export const yearOf = (date: string | null): string | null => date?.slice(0, 4) ?? null;

/** Formats a time value of the timeline as precisely as it is known: "13 January 2025", "Q2 2025", "first half of 2025", "2026–2030". */
export function formatTimeValue(value: string, precision: string): string {
  if (precision === 'day' || precision === 'month' || precision === 'year') return formatDate(value, precision);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return `${half[2] === '1' ? 'first' : 'second'} half of ${half[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  const period = /^(\d{4})\/(\d{4})$/.exec(value);
  if (period) return `${period[1]}–${period[2]}`;
  return value;
}
