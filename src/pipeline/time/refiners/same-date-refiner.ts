import { firstAtLeast } from '../../sorted-spans.ts';
import type { TimeExpression, TimeRefiner } from '../types.ts';
import { IN_FORCE_BEFORE } from '../words.ts';

/** "… Decision No. 413/QĐ-TTg of the same date", "dated the same day": a day told by pointing back at the last one. */
const SAME_DATE = /\b(?:of|dated|on)\s+the\s+same\s+(?:date|day)\b/g;

/** Words before a day that make it an instrument's: "signed by the Prime Minister on", "dated", "No. 45/QĐ-UBND of". */
const ISSUED_BEFORE = /(?:\b(?:signed|dated|issued|adopted|approved|promulgated)\b[^.;]{0,60}|\d+\/[\p{L}\d/-]+\s*,?\s*(?:of|dated|on)?)\s*$/u;
/** How many days back the one an instrument was dated with is looked for. */
const LOOK_BACK = 8;
/** The words of a day's sentence before it. */
const beforeDay = (day: TimeExpression) => day.sentence.text.slice(Math.max(0, day.start - day.sentence.start - 80), day.start - day.sentence.start);
/** Whether a day is the one an instrument was dated with. */
const issuedOn = (day: TimeExpression) => ISSUED_BEFORE.test(beforeDay(day)) && !IN_FORCE_BEFORE.test(beforeDay(day));

/**
 * Days written as "of the same date" or "dated the same day" (how a citation dates a second instrument signed with a first):
 * the last day an instrument was dated with before them in the text. Nothing is added when there is none.
 */
export const sameDateRefiner: TimeRefiner = {
  name: 'SameDateRefiner',
  refine(expressions, sentences) {
    const added: TimeExpression[] = [];
    // The days in document order, with their positions, for a binary search from each "the same date".
    const days = expressions.filter((e) => e.precision === 'day');
    const position = (block: number, start: number) => block * 1e7 + start;
    for (const sentence of sentences) {
      if (!sentence.text.includes('same')) continue;
      for (const m of sentence.text.matchAll(SAME_DATE)) {
        // "on the same day" after an instrument's verb or number ("No. 414/QĐ-TTg, signed on the same day"), not after any
        // happening's ("The meeting ended at 16:45 on the same day", the day of the meeting the text reports).
        if (m[0].startsWith('on') && !ISSUED_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 80), m.index))) continue;
        const start = sentence.start + m.index + m[0].indexOf('the');
        // The last day an instrument was dated with ("Decision No. 412/QĐ-TTg, signed by the Prime Minister on 11 March 2026"), not
        // any day ("The appointment took effect on 15 March 2026").
        let at = firstAtLeast(days, position(sentence.block, start), (d) => position(d.block, d.start)) - 1;
        for (let tries = 0; at >= 0 && tries < LOOK_BACK && !issuedOn(days[at]!); tries++) at--;
        const before = at >= 0 && issuedOn(days[at]!) ? days[at] : undefined;
        // (Read already by a parser, it stays as read.)
        // (Expressions are in order: the ones either side of its position are the only ones that may overlap it.)
        const next = firstAtLeast(expressions, position(sentence.block, start), (e) => position(e.block, e.start));
        const overlaps = [expressions[next - 1], expressions[next]]
          .some((e) => e !== undefined && e.block === sentence.block && e.start < start + m[0].length && start < e.end);
        if (!before || overlaps) continue;
        added.push({
          ...before, text: m[0].slice(m[0].indexOf('the')), block: sentence.block, start, end: sentence.start + m.index + m[0].length, sentence,
          relation: 'at', inferred: [...before.inferred, `the day of "${before.text}" written before it`], parser: 'SameDateRefiner',
        });
      }
    }
    return added.length === 0 ? expressions : [...expressions, ...added].sort((a, b) => a.block - b.block || a.start - b.start);
  },
};
