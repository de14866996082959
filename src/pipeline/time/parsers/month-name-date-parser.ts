import { isoDate, isValidDate, monthNumber } from '../../dates.ts';
import { daySpan, nearestYear } from '../calendar.ts';
import { fromPublication, referenceAt } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { DAYTIME_OF, HAS_DIGIT, MONTH, WEEKDAY, YEAR } from '../words.ts';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
/** The last day of a range of days in one month: "October 5-8", "5 to 8 October". Named group: the last day. */
const rangeEnd = (name: string) => `(?:(?:\\s*[-–]\\s*|\\s+to\\s+)(?<${name}>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d))?`;
/** The year after a day: ", 2024" or " 2024", never a larger number or a count ("30, 1,500", "30, 1500 delegates"). */
const YEAR_AFTER = `(?:,?\\s+${YEAR}(?![\\d/]|[.,]\\d))?`;
/**
 * A day with a month name, optionally after a part of the day ("the morning of") and a weekday, with
 * or without a year: "December 30", "January 13th", "22 December 2024", "the 13th of January 2025".
 */
const DAY_MONTH = new RegExp(
  `(?<![\\d.,/])\\b${DAYTIME_OF}?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY}${rangeEnd('endA')}|(?:[Tt]he\\s+)?${DAY}${rangeEnd('endB')}\\s+(?:of\\s+)?${MONTH})`
    + `${YEAR_AFTER}`
    + `(?:\\s+(last|this|next)\\s+year\\b)?`,
  'g',
);
/** How a year said after a day moves it from the publication year: "December 22 last year". */
const YEAR_WORD: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A verb in the past right before a day ("passed on June 27", "held June 3"): the day is before the publication date. Groups: the word before, the verb. */
const PAST_VERB = /(\p{L}+)\s+(\p{Ll}{2,}ed|held|met|signed|made|began|took\s+place|gave|sent|won)\s+(?:on\s+)?$/u;
/** "since" right before a day: the day is before the publication date. */
const SINCE = /\bsince\s+(?:the\s+)?$/i;
/** Words before a participle that make it no past: "to be approved on", "will be held on". */
const NOT_PAST = /^(?:to|be|will|would|shall|is|are|being|must|may|can)$/i;

/**
 * Dates with a month name; with "last year" or "this year" after the day, the year before or of the publication date; without a
 * year, the year that puts the day nearest the publication date, unless a verb in the past or "since" before it
 * puts it after the publication date ("passed on June 27" in a text of December 30): then the year before.
 */
export const monthNameDateParser: TimeParser = {
  name: 'ENMonthNameDateParser',
  pattern: DAY_MONTH,
  needs: HAS_DIGIT,
  extract(context, m) {
    const month = monthNumber(m[2] ?? m[7]!);
    const day = Number(m[3] ?? m[5]);
    // "from October 5 to 8": the days of a range, dated by the first; a "last day" before the first is none.
    const last = Number(m.groups?.endA ?? m.groups?.endB ?? 0);
    const spanOf = (date: { year: number; month: number; day: number }) => {
      const end = { ...date, day: last };
      return last > day && isValidDate(end) ? { ...daySpan(date), to: isoDate(end) } : daySpan(date);
    };
    if (m[8]) {
      const date = { year: Number(m[8]), month, day };
      return isValidDate(date) ? spanOf(date) : null;
    }
    const reference = referenceAt(context.reference, 'year');
    if (!reference) return null;
    if (m[9]) {
      const date = { year: reference.to.year + YEAR_WORD[m[9].toLowerCase()]!, month, day };
      return isValidDate(date) ? { ...spanOf(date), inferred: [fromPublication(`year ${date.year} ("${m[9]} year")`, reference)] } : null;
    }
    const year = nearestYear((y) => (isValidDate({ year: y, month, day }) ? { from: { year: y, month, day }, to: { year: y, month, day } } : null), reference);
    if (year === null) return null;
    const before = context.sentence.text.slice(Math.max(0, m.index - 60), m.index);
    const past = PAST_VERB.exec(before);
    // (So does "since", which never looks ahead: "Since 3 March, a trial has run …" in a text of September.)
    const since = SINCE.test(before);
    const after = isoDate({ year, month, day }) > isoDate(reference.to);
    const stated = ((past && !NOT_PAST.test(past[1]!)) || since) && after && isValidDate({ year: year - 1, month, day }) ? year - 1 : year;
    return { ...spanOf({ year: stated, month, day }), inferred: [fromPublication(`year ${stated}`, reference)] };
  },
};
