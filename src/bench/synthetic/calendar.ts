/** A calendar day; month and day are 1-based. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01. */
export const toOrdinal = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;

/** The day `n` days after 1970-01-01. */
export function fromOrdinal(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A day shifted by n days. */
export const addDays = (d: Day, n: number): Day => fromOrdinal(toOrdinal(d) + n);

/** Compares two days chronologically. */
export const compareDays = (a: Day, b: Day): number => toOrdinal(a) - toOrdinal(b);

/** A uniformly drawn day in [from, to]. */
export function dayBetween(next: () => number, from: Day, to: Day): Day {
  const a = toOrdinal(from);
  return fromOrdinal(a + Math.floor(next() * (toOrdinal(to) - a + 1)));
}

/** "13/01/2025" (or with another separator, "13.01.2025"). */
export const numeric = (d: Day, separator = '/'): string => [pad(d.day), pad(d.month), d.year].join(separator);
/** "January 13, 2025". */
export const longDate = (d: Day): string => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
/** "January 13". */
export const monthDay = (d: Day): string => `${MONTHS[d.month - 1]} ${d.day}`;
/** "2025-01-13". */
export const isoDay = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
/** "Monday". */
export const weekday = (d: Day): string => WEEKDAYS[(((toOrdinal(d) + 4) % 7) + 7) % 7]!;
