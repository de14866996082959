import { isoDate } from '../../dates.ts';
import { addDays } from '../calendar.ts';
import { weekdayParser } from '../parsers/weekday-parser.ts';
import { readReference } from '../reference.ts';
import type { TimeExpression, TimeRefiner } from '../types.ts';
import { WEEKDAY } from '../words.ts';

/** How many blocks above a weekday the heading of its item may be: its dateline, then its headline. */
const HEADING_REACH = 3;
/** How long a heading of an item may be: a newsletter's "2 | MINISTRY OF SCIENCE AND TECHNOLOGY · Mon 12/10". */
const HEADING_LENGTH = 100;
/** A weekday with "last" or "next", which the text resolves from its own day. */
const MODIFIED = new RegExp(`^(?:the\\s+\\p{L}+\\s+of\\s+)?(?:last|next)\\s+${WEEKDAY}`, 'iu');
/** How many days a week has: the heading's day is the same weekday a week before the publication day the weekday was read as. */
const WEEK = 7;

/** The ISO day a week after an ISO day. */
const weekAfter = (iso: string) => {
  const day = readReference(iso);
  return day ? isoDate(addDays(day.from, WEEK)) : undefined;
};

/**
 * A plain weekday inside an item of a digest whose short heading dates the item ("2 | MINISTRY … · Mon 12/10", then "Circular 21 …,
 * signed on Monday, …"): read from the publication date, a weekday that is the publication day's own is that day; under a heading
 * dated the same weekday a week before, it is the heading's day.
 */
export const headedWeekdayRefiner: TimeRefiner = {
  name: 'HeadedWeekdayRefiner',
  refine(expressions, _sentences, blocks) {
    if (!blocks || !expressions.some((e) => e.parser === weekdayParser.name)) return expressions;
    // The last day written in a short block (a heading), as the expressions come in order.
    let heading: TimeExpression | undefined;
    return expressions.map((e) => {
      const text = blocks[e.block]?.text ?? '';
      if (e.precision === 'day' && e.parser !== weekdayParser.name && text.length <= HEADING_LENGTH) heading = e;
      if (e.parser !== weekdayParser.name || !heading || e.block - heading.block > HEADING_REACH || e.block === heading.block) return e;
      // (A week after the heading's day is the same weekday: the one the text names.)
      if (MODIFIED.test(e.text) || weekAfter(heading.from) !== e.from) return e;
      return { ...e, value: heading.value, from: heading.from, to: heading.to, inferred: [...e.inferred, `the day of its item's heading "${heading.text}"`] };
    });
  },
};
