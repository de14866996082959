import { monthNumber } from '../../dates.ts';
import { lastDayOfMonth, monthSpan, nearestYear } from '../calendar.ts';
import { fromPublication, referenceAt } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { FULL_MONTH, MONTH, YEAR } from '../words.ts';

/** Words after which a month named alone is a time ("in March", "since May", "by early June"). */
const LEAD = '(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Ff]rom|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate)\\s|\\b[Mm]id-)';
/** "December 2024", "May, 2025", "January of 2025"; or a full month name alone after a preposition. */
const MONTH_YEAR = new RegExp(
  `\\b(?:${MONTH},?\\s+(?:of\\s+)?${YEAR}(?![\\d/]|[.,]\\d)|${LEAD}${FULL_MONTH}(?!\\s+\\d|,\\s*\\d{4}))`,
  'g',
);

/** Months; a month named alone takes the year that puts it nearest the publication date. */
export const monthParser: TimeParser = {
  name: 'ENMonthParser',
  pattern: MONTH_YEAR,
  extract(context, m) {
    if (m[2]) return monthSpan(Number(m[2]), monthNumber(m[1]!));
    const month = monthNumber(m[3]!);
    const reference = referenceAt(context.reference, 'year');
    if (!reference) return null;
    const year = nearestYear((y) => ({ from: { year: y, month, day: 1 }, to: { year: y, month, day: lastDayOfMonth(y, month) } }), reference)!;
    return { ...monthSpan(year, month), inferred: [fromPublication(`year ${year}`, reference)] };
  },
};
