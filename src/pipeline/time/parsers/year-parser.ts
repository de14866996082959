import { yearSpan } from '../calendar.ts';
import type { TimeParser } from '../types.ts';
import { HAS_YEAR, YEAR } from '../words.ts';

/** Not inside a larger number, a code ("13/2023/NĐ-CP"), a range ("2026-2030"), a count ("No. 2025") or an amount ("USD 2025"). */
const BEFORE = '(?<![\\p{L}\\p{N}_/.,:])(?<!\\p{N}\\s?[-–—]\\s?)(?<!\\b(?:No|Nos|USD|VND)\\.?\\s?)(?<!\\$)';
/** Units and amounts that make a number a quantity ("2025 MW", "2030%"). */
const UNIT = '%|percent\\b|per\\s+cent\\b|(?:km2?|m2|m²|ha|hectares?|kg|tons?|tonnes?|[kMG]Wh?|USD|VND|dong|units?|billion|million|thousand|trillion)\\b';
const AFTER = `(?![\\p{L}\\p{N}_]|[.,]\\p{N}|\\s?[-–—]\\s?\\p{N}|/|-\\p{L}|\\s*(?:${UNIT}))`;

/** Years 1900–2100 standing alone: "in 2025", "by 2030", "New Year 2025". */
export const yearParser: TimeParser = {
  name: 'ENYearParser',
  pattern: new RegExp(`${BEFORE}${YEAR}${AFTER}`, 'gu'),
  needs: HAS_YEAR,
  extract: (_context, m) => yearSpan(Number(m[1])),
};
