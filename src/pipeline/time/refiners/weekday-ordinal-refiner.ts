import type { Block } from '../../types.ts';
import type { TimeExpression, TimeRefiner } from '../types.ts';
import { weekdayParser } from '../parsers/weekday-parser.ts';
import { WEEKDAY } from '../words.ts';

/** A weekday name at the very start of a text. */
const OPENING_WEEKDAY = new RegExp(`^${WEEKDAY}`);
/** What follows a list ordinal: spaces then a capital ("Monday   It is crucial…"), or a colon. */
const ORDINAL_TAIL = /^(?:\s*:|\s+\p{Lu})/u;

/** A dash after a weekday that stamps an entry: "Tuesday – …". */
const STAMP_TAIL = /^\s*[–—]\s|^\s+-\s/;

/** True when an offset opens its block, or a line of a list block. */
const opensLine = (blocks: readonly Block[] | undefined, e: TimeExpression) =>
  e.start === 0 || (blocks?.[e.block]?.kind === 'list' && blocks[e.block]!.text[e.start - 1] === '\n');

/** How many blocks (and list lines) open with a weekday name. */
function weekdayOpenings(expressions: TimeExpression[], blocks: readonly Block[] | undefined): number {
  if (!blocks) return expressions.filter((e) => e.parser === weekdayParser.name && e.start === 0).length;
  const lines = blocks.flatMap((b) => (b.kind === 'list' ? b.text.split('\n') : [b.text]));
  return lines.filter((line) => OPENING_WEEKDAY.test(line)).length;
}

/**
 * Drops weekday names that are list ordinals: Vietnamese "Thứ hai" is both "Monday" and "Second", so
 * machine-translated task lists open items with "Monday   It is crucial…". A weekday that opens a
 * block or list line and is followed by a capital or a colon is an ordinal; when two or more blocks
 * open with weekday names, every block-opening weekday is, but one stamping an entry with a dash ("Tuesday – …").
 */
export const weekdayOrdinalRefiner: TimeRefiner = {
  name: 'WeekdayOrdinalRefiner',
  refine(expressions, _sentences, blocks) {
    const listed = weekdayOpenings(expressions, blocks) >= 2;
    return expressions.filter((e) => {
      if (e.parser !== weekdayParser.name || !OPENING_WEEKDAY.test(e.text) || !opensLine(blocks, e)) return true;
      const tail = e.sentence.text.slice(e.end - e.sentence.start);
      // "Tuesday – The ministry issued …": a weekday stamping an entry of a week's calendar with a dash is a day, not an ordinal.
      return STAMP_TAIL.test(tail) || !(listed || ORDINAL_TAIL.test(tail));
    });
  },
};
