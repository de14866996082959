import { addDays, daySpan, daysBackTo } from '../calendar.ts';
import { referenceAt, relativeToPublication } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { DAYTIME, DAYTIME_OF, WEEKDAY, weekdayNumber } from '../words.ts';

/**
 * "Tuesday", "last Tuesday", "next Tuesday", "Tuesday morning", "the afternoon of Tuesday"; not "Tuesdays", nor the first of a range
 * of weekdays whose dates follow ("Wednesday–Thursday, June 10–11").
 */
const WEEKDAY_PHRASE = new RegExp(`\\b${DAYTIME_OF}?(?:([Ll]ast|[Nn]ext)\\s+)?${WEEKDAY}(?!\\s*[–—-]\\s*${WEEKDAY})(?:\\s+${DAYTIME}\\b)?`, 'g');

/**
 * Weekdays, against the publication date: news reports the past, so a plain weekday is the most recent
 * one on or before that date (the same day counts); "last" is strictly before, "next" strictly after.
 */
export const weekdayParser: TimeParser = {
  name: 'ENWeekdayParser',
  pattern: WEEKDAY_PHRASE,
  needs: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  extract(context, m) {
    const reference = referenceAt(context.reference, 'day');
    if (!reference) return null;
    const back = daysBackTo(reference.from, weekdayNumber(m[2]!));
    const modifier = m[1]?.toLowerCase();
    const days = modifier === 'next' ? 7 - back : modifier === 'last' && back === 0 ? -7 : -back;
    return { ...daySpan(addDays(reference.from, days)), inferred: [relativeToPublication(reference)] };
  },
};
