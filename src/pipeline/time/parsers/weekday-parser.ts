import { addDays, daySpan, daysBackTo } from '../calendar.ts';
import { referenceAt, relativeToPublication } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { DAYTIME, DAYTIME_OF, WEEKDAY, weekdayNumber } from '../words.ts';

/**
 * "Tuesday", "last Tuesday", "next Tuesday", "Tuesday morning", "the afternoon of Tuesday"; not "Tuesdays", nor the first of a range
 * of weekdays whose dates follow ("Wednesday–Thursday, June 10–11").
 */
const WEEKDAY_PHRASE = new RegExp(`\\b${DAYTIME_OF}?(?:([Ll]ast|[Nn]ext)\\s+)?${WEEKDAY}(?!\\s*[–—-]\\s*${WEEKDAY})(?:\\s+${DAYTIME}\\b)?`, 'g');

/** A verb that tells of what is still to come, in the weekday's clause before it. */
const FUTURE_BEFORE = new RegExp(String.raw`\b(?:will|shall|is\s+to|are\s+to|to\s+be|(?:is|are)\s+(?:scheduled|due|expected)|closes|opens|begins`
  + String.raw`|starts|ends|runs|continues|until)\b[^.;,]{0,40}$`, 'i');
/** A weekday's possessive and a verb of what is still to come after it: "Saturday's forum, to be chaired …", "Friday's programme includes". */
const FUTURE_AFTER = /^[’']s\s+[^.;]{0,60}?\b(?:to\s+be|will|includes?)\b/;
/** A day and month in brackets right after a weekday, which date it whatever weekday the text names: " (14/4)", " (ngày 12/6)". */
const BRACKETED_DAY = /^\s*\((?:ngày\s+)?\d{1,2}\/\d{1,2}\)/;
/** How far around a weekday its clause's verb is looked for. */
const FUTURE_REACH = 60;

/**
 * Weekdays, against the publication date: news reports the past, so a plain weekday is the most recent
 * one on or before that date (the same day counts), unless its clause tells of what is still to come (then the next one, the same
 * day counting); "last" is strictly before, "next" strictly after.
 */
export const weekdayParser: TimeParser = {
  name: 'ENWeekdayParser',
  pattern: WEEKDAY_PHRASE,
  needs: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  extract(context, m) {
    const reference = referenceAt(context.reference, 'day');
    // "On Thursday (14/4)": the day in brackets is the date (the numeric parser reads it), a weekday mistranslated or not.
    if (!reference || BRACKETED_DAY.test(context.sentence.text.slice(m.index + m[0].length))) return null;
    const back = daysBackTo(reference.from, weekdayNumber(m[2]!));
    const modifier = m[1]?.toLowerCase();
    // "The expo, which runs until Saturday", "closes on Saturday", "will meet on Monday", "Saturday's forum, to be chaired by …": a
    // day still to come, the next one on or after the publication date.
    const text = context.sentence.text;
    const ahead = !modifier && (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - FUTURE_REACH), m.index))
      || FUTURE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + FUTURE_REACH)));
    const days = modifier === 'next' ? 7 - back : modifier === 'last' && back === 0 ? -7 : ahead ? (7 - back) % 7 : -back;
    return { ...daySpan(addDays(reference.from, days)), inferred: [relativeToPublication(reference)] };
  },
};
