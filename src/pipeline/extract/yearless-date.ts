import { compareDates, isoDate, isValidDate, type DayDate } from '../dates.ts';
import { addDays, daysBackTo } from '../time/calendar.ts';
import type { YearlessDate } from './types.ts';

/**
 * The day a text means by a past date stated without its year ("On June 19, … adopted") or by a
 * weekday ("signed … on Thursday"): a day and month in the year the instrument's code carries
 * ("158/2024/QH15" was issued in 2024); else the latest such day on or before the text's own date.
 * Null when neither gives a year (the pipeline has no clock to fall back on).
 */
export function dateOnOrBefore(when: YearlessDate, textDate: string | null, codeYear?: number): string | null {
  if ('month' in when && codeYear) {
    const stated = { year: codeYear, month: when.month, day: when.day };
    if (isValidDate(stated)) return isoDate(stated);
  }
  const match = textDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(textDate) : null;
  if (!match) return null;
  const ref: DayDate = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if ('weekday' in when) return isoDate(addDays(ref, -daysBackTo(ref, when.weekday)));
  for (let year = ref.year; year >= ref.year - 1; year--) {
    const candidate = { year, month: when.month, day: when.day };
    if (isValidDate(candidate) && compareDates(candidate, ref) <= 0) return isoDate(candidate);
  }
  return null;
}
