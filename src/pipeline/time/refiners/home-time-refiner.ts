import type { TimeExpression, TimeRefiner } from '../types.ts';

/** A day given in the local time of a place abroad, with the home day in brackets after it: "March 10, local time (…". */
const LOCAL_THEN_BRACKET = /^\s*,?\s*local\s+time\s*\(/i;
/** The home day in those brackets: "… March 11, Vietnam time)". */
const HOME_AFTER = /^\s*,?\s*(?:Vietnam|Viet\s+Nam|Việt\s+Nam|Hanoi|Hà\s+Nội)\s+time\b/i;

/**
 * Keeps the day a happening abroad fell on at home: "launched … at 10:43 p.m. on March 10, local time (12:43 p.m. on March 11,
 * Vietnam time)" happened on March 11 for a Vietnamese reader; the local day is dropped.
 */
export const homeTimeRefiner: TimeRefiner = {
  name: 'HomeTimeRefiner',
  refine(expressions) {
    const dropped = new Set<TimeExpression>();
    expressions.forEach((local, i) => {
      const home = expressions[i + 1];
      if (!home || local.precision !== 'day' || home.precision !== 'day' || home.block !== local.block || home.sentence.start !== local.sentence.start) return;
      const text = local.sentence.text;
      const offset = local.sentence.start;
      if (LOCAL_THEN_BRACKET.test(text.slice(local.end - offset)) && HOME_AFTER.test(text.slice(home.end - offset))) dropped.add(local);
    });
    return dropped.size === 0 ? expressions : expressions.filter((e) => !dropped.has(e));
  },
};
