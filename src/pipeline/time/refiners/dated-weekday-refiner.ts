import type { TimeExpression, TimeRefiner } from '../types.ts';
import { weekdayParser } from '../parsers/weekday-parser.ts';

/** What stands between a weekday and the date written for it: "Thursday (October 9)", "Friday, 5/3", "Tuesday 29.8.". */
const BETWEEN = /^\s*(?:\(\s*|,\s*)?$/;

/**
 * A weekday written with its date right after it ("signed last Thursday (October 9)", "on Friday (5/3)") is one expression, on that
 * date: the date says which day it was, and wins where the two disagree (a translation's weekday is often off by one).
 */
export const datedWeekdayRefiner: TimeRefiner = {
  name: 'DatedWeekdayRefiner',
  refine(expressions) {
    const out: TimeExpression[] = [];
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i]!;
      const next = expressions[i + 1];
      const dated = e.parser === weekdayParser.name && next !== undefined && next.block === e.block && next.precision === 'day'
        && next.parser !== weekdayParser.name && next.start >= e.end
        && BETWEEN.test(e.sentence.text.slice(e.end - e.sentence.start, next.start - e.sentence.start));
      if (!dated) { out.push(e); continue; }
      // (Up to the bracket that closes the date, when it has one.)
      const close = /^\s*\)/.exec(next.sentence.text.slice(next.end - next.sentence.start));
      const end = next.end + (close && e.sentence.text.slice(e.end - e.sentence.start, next.start - e.sentence.start).includes('(') ? close[0].length : 0);
      out.push({
        ...e, value: next.value, from: next.from, to: next.to, end, text: e.sentence.text.slice(e.start - e.sentence.start, end - e.sentence.start),
        inferred: [...next.inferred, `the date written after "${e.text}"`],
      });
      i++;
    }
    return out;
  },
};
