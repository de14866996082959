import { yearSpan } from '../calendar.ts';
import type { TimeExpression, TimeRefiner } from '../types.ts';

/** A phase's number: a digit or a Roman numeral ("Phase 1", "Phase II"), or its ordinal ("the first phase"). */
const NUMBER = String.raw`(\d|I{1,3}|IV)`;
const ORDINAL = String.raw`(first|second|third|fourth)`;
/**
 * A phase of a plan told with its years: "Phase 1 runs from 2027 to the end of 2028", "Phase 2, from 2029 to 2030", "Phase I
 * (2026–2027)", "the first phase (2026-2028)". Groups: the number, the ordinal, the last year.
 */
const DEFINED = new RegExp(String.raw`\b(?:[Pp]hase|[Ss]tage)\s+${NUMBER}\b|\bthe\s+${ORDINAL}\s+(?:phase|stage)\b`, 'g');
/** The years right after a phase's name: "(2026–2027)", " runs from 2027 to the end of 2028", ", from 2029 to 2030". Group: the last. */
const YEARS_AFTER = /^[^.;:\d]{0,24}?\b(?:19|20)\d{2}\s*(?:[-–—]|to\s+(?:the\s+end\s+of\s+)?)\s*((?:19|20)\d{2})\b/;
/** A phase named as a time, after "by the end of", "by", "before", "in" or "during". Groups: the number, the ordinal. */
const NAMED = new RegExp(String.raw`\b(?:(?:by|before|until|at)\s+the\s+end\s+of|by|before|in|during)\s+`
  + String.raw`(?:(?:[Pp]hase|[Ss]tage)\s+${NUMBER}\b|the\s+${ORDINAL}\s+(?:phase|stage)\b)`, 'gi');

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** A phase's number from a match's groups: digit or numeral, else ordinal. */
const phaseNumber = (digit: string | undefined, ordinal: string | undefined) =>
  digit ? (ROMAN[digit.toUpperCase()] ?? Number(digit)) : ORDINALS[ordinal!.toLowerCase()]!;

/**
 * Names of a plan's phases as times: where a text tells a phase's years ("Phase 1 runs from 2027 to the end of 2028"), "By the end
 * of Phase 1" elsewhere in it is the phase's last year, an expression the relation refiner after it reads as a deadline. A phase
 * the text gives no years to is no time.
 */
export const phaseRefiner: TimeRefiner = {
  name: 'PhaseRefiner',
  refine(expressions, sentences) {
    if (!sentences.some((s) => /\b(?:[Pp]hase|[Ss]tage)\b/.test(s.text))) return expressions;
    const ends = new Map<number, number>();
    for (const s of sentences) {
      for (const m of s.text.matchAll(DEFINED)) {
        const years = YEARS_AFTER.exec(s.text.slice(m.index + m[0].length));
        const phase = phaseNumber(m[1], m[2]);
        if (years && !ends.has(phase)) ends.set(phase, Number(years[1]));
      }
    }
    if (ends.size === 0) return expressions;
    const added: TimeExpression[] = [];
    for (const s of sentences) {
      for (const m of s.text.matchAll(NAMED)) {
        const year = ends.get(phaseNumber(m[1], m[2]));
        // The phase's name alone is the expression: its preposition stays outside for the relation refiner to read.
        const name = /(?:[Pp]hase|[Ss]tage)\s+\S+$|the\s+\S+\s+(?:phase|stage)$/.exec(m[0])!;
        const start = s.start + m.index + name.index;
        if (year === undefined || expressions.some((e) => e.block === s.block && e.start < start + name[0].length && e.end > start)) continue;
        added.push({
          ...yearSpan(year), text: name[0], block: s.block, start, end: start + name[0].length, sentence: s, relation: 'at',
          inferred: [`the last year of ${name[0].replace(/^the\s+/, '')}, as the text tells its years`], parser: 'PhaseRefiner',
        });
      }
    }
    return added.length === 0 ? expressions : [...expressions, ...added].sort((a, b) => a.block - b.block || a.start - b.start);
  },
};
