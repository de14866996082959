import { periodSpan } from '../calendar.ts';
import type { TimeParser } from '../types.ts';
import { HAS_YEAR, YEAR } from '../words.ts';

const NOUN = '(?:period|term|tenure|phase|stage)';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}/.,-])';
const EDGE_AFTER = '(?![\\p{N}/]|-\\p{L})';
/**
 * A range of years: "the 2026-2030 period", "2021–2025", "the period 2021-2025", "from 2025 to 2030",
 * "between 2021 and 2025", "the period from 2026 to 2030".
 */
const PERIOD = new RegExp(
  `${EDGE_BEFORE}(?:([Tt]he\\s+)?${YEAR}\\s?[-–—]\\s?${YEAR}${EDGE_AFTER}(\\s+${NOUN}\\b)?` +
    (`|(?:[Tt]he\\s+${NOUN}\\s+(?:of\\s+)?)?(?:${YEAR}\\s?[-–—]\\s?|(?:[Ff]rom\\s+)${YEAR}\\s+(?:to|until|till|through)\\s+`
      + `|[Bb]etween\\s+${YEAR}\\s+and\\s+)${YEAR}${EDGE_AFTER})`),
  'gu',
);

/** Periods of whole years, first year before last; "the" belongs to the text only with a noun after ("the 2026-2030 period"). */
export const periodParser: TimeParser = {
  name: 'ENPeriodParser',
  pattern: PERIOD,
  needs: HAS_YEAR,
  extract(_context, m) {
    const first = Number(m[2] ?? m[5] ?? m[6] ?? m[7]);
    const last = Number(m[3] ?? m[8]);
    if (!(first < last)) return null;
    const span = periodSpan(first, last);
    if (m[1] && !m[4]) return { ...span, text: m[0].slice(m[1].length), index: m.index + m[1].length };
    return span;
  },
};
