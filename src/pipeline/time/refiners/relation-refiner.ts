import type { TimeExpression, TimeRefiner, TimeRelation } from '../types.ts';

/** Words before an expression that make it a deadline, a start or an end: "by the end of", "no later than", "starting in", "until". */
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to|from|since`
  + String.raw`|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|from|on))?|until|till|up\s+to|through)(?:\s+the\s+(?:end|beginning`
  + String.raw`|start)\s+of)?\s+$`, 'iu');
/** Words after an expression that make it a start: "2026 onwards", "2030 and beyond". */
const AFTER = /^\s+(?:onwards?|and\s+beyond)\b/i;

const RELATIONS: [RegExp, TimeRelation][] = [
  [/^(?:by|before|no|not|prior)\b/i, 'by'],
  [/^(?:from|since|starting|beginning)\b/i, 'from'],
  [/^(?:until|till|up|through)\b/i, 'until'],
];

/**
 * Sets how each expression relates to what the sentence says, and takes the words that say so into
 * its text ("by 2030", "by the end of 2025", "starting in 2026", "2026 onwards"). Expressions with no
 * such words stay `at`, and their preposition ("in", "on") stays outside the text.
 */
export const relationRefiner: TimeRefiner = {
  name: 'RelationRefiner',
  refine(expressions) {
    // The furthest end of the expressions before, per block: once overlaps are removed, every one of
    // them ends before the next starts, so the floor is read from it instead of from all of them again
    // for each expression (quadratic in a text of thousands of dates).
    const lastEnd = new Map<number, number>();
    return expressions.map((e, i) => {
      const { sentence } = e;
      const offset = e.start - sentence.start;
      const furthest = lastEnd.get(e.block) ?? -1;
      lastEnd.set(e.block, Math.max(furthest, e.end));
      const floor = furthest <= e.start
        ? Math.max(0, furthest - sentence.start)
        : Math.max(
          0,
          ...expressions.slice(0, i).filter((p) => p.block === e.block && p.end <= e.start && p.end > sentence.start).map((p) => p.end - sentence.start),
        );
      const before = BEFORE.exec(sentence.text.slice(floor, offset));
      const after = AFTER.exec(sentence.text.slice(e.end - sentence.start));
      if (!before && !after) return e;
      // "from October 5 to 8": the days something took, not a start.
      const days = e.precision === 'day' && e.from !== e.to && /^from$/i.test(before?.[1] ?? '');
      const relation = days ? 'at' : before ? RELATIONS.find(([word]) => word.test(before[1]!))![1] : 'from';
      const start = before ? e.start - before[0].length : e.start;
      const end = after ? e.end + after[0].length : e.end;
      return { ...e, relation, start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
    });
  },
};
