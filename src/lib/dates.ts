import type { DatePrecision } from '../schemas/document.ts';

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Formats an ISO date as precisely as it is known: "13 January 2025", "January 2025", "2025" or "Undated". */
export function formatDate(date: string | null, precision: DatePrecision | null): string {
  if (!date || !precision) return 'Undated';
  const [year, month = '01', day = '01'] = date.split('-');
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat('en-GB', { ...formats[precision], timeZone: 'UTC' }).format(utc);
}

/** The year of an ISO date (`2025-01-13` → `2025`), or null when undated. */
export const yearOf = (date: string | null): string | null => date?.slice(0, 4) ?? null;
