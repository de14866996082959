import { monthNumber } from '../../dates.ts';
import { lastDayOfMonth, monthSpan, nearestYear } from '../calendar.ts';
import { fromPublication, referenceAt } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { FULL_MONTH, MONTH, YEAR } from '../words.ts';

/** Words after which a month named alone is a time ("in March", "since May", "by early June", "by the end of September"). */
const LEAD = '(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Ff]rom|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\\s|\\b[Mm]id-'
  // "by the end of September", "at the beginning of March".
  + '|\\b(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of\\s)';
/** Words that bound a time rather than date a happening: "by (December)", "until", "before", "by the end of". */
const BOUND = /\b(?:[Bb]y|[Uu]ntil|[Bb]efore)\s+(?:(?:the\s+)?(?:end|middle)\s+of\s+|early\s+|mid-|late\s+)?$/;
/** "last August", "next March", "this May": the month before, after or in the publication's year, whichever is nearer otherwise. */
const DIRECTION = /\b(last|next|this)\s$/i;
/** "December 2024", "May, 2025", "January of 2025"; or a full month name alone after a preposition ("in June (last year)"). */
const MONTH_YEAR = new RegExp(
  `\\b(?:${MONTH},?\\s+(?:of\\s+)?${YEAR}(?![\\d/]|[.,]\\d)|${LEAD}${FULL_MONTH}(?!\\s+\\d|,\\s*\\d{4})(?:\\s+(last|this|next)\\s+year\\b)?)`,
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
    const direction = DIRECTION.exec(context.sentence.text.slice(Math.max(0, m.index - 5), m.index))?.[1]?.toLowerCase();
    const { year: now, month: current } = reference.to;
    // "in June last year": that month of the year before, after or of the publication.
    const stated = m[4]?.toLowerCase();
    if (stated) {
      const inYear = now + (stated === 'last' ? -1 : stated === 'next' ? 1 : 0);
      return { ...monthSpan(inYear, month), inferred: [fromPublication(`year ${inYear} ("${stated} year")`, reference)] };
    }
    // "by December", "until October" in May: a month still to come this year bounds what is ahead, not last year's.
    const bound = BOUND.test(context.sentence.text.slice(Math.max(0, m.index - 24), m.index)) && month >= current;
    const year = direction === 'last' ? (month < current ? now : now - 1) : direction === 'next' ? (month > current ? now : now + 1)
      : direction === 'this' || bound ? now
        : nearestYear((y) => ({ from: { year: y, month, day: 1 }, to: { year: y, month, day: lastDayOfMonth(y, month) } }), reference)!;
    return { ...monthSpan(year, month), inferred: [fromPublication(`year ${year}`, reference)] };
  },
};
