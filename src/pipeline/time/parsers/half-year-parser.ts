import { halfSpan } from '../calendar.ts';
import type { TimeParser } from '../types.ts';
import { YEAR_PHRASE, phraseYear } from '../year-phrase.ts';

/**
 * "the first half", "the second half", "the first six months", "H1" (H only with a year after), then
 * the year: "of 2025", "2025", "/2025", "of the year"; not "the first half of the meeting".
 */
const HALF = new RegExp(
  `\\b(?:(?:[Tt]he\\s+)?([Ff]irst|[Ss]econd|[Ll]ast|1st|2nd)\\s+(?:half|six\\s+months)|H([12])(?=\\s*[/-]\\s*\\d{4}`
    + `|,?\\s+(?:of\\s+)?\\d{4}))\\b${YEAR_PHRASE}(?!\\s+of\\b)`,
  'g',
);

/** Half years; without a year, of the publication year. "the last six months" alone is relative, so not read. */
export const halfYearParser: TimeParser = {
  name: 'ENHalfYearParser',
  pattern: HALF,
  needs: /half|six\s+months|H[12]/,
  extract(context, m) {
    const word = m[1]?.toLowerCase();
    const half = word ? (word === 'first' || word === '1st' ? 1 : 2) : Number(m[2]);
    const year = phraseYear(context, m[3], m[4], m[5]);
    if (!year || (word === 'last' && !m[3] && !m[4] && !m[5])) return null;
    return { ...halfSpan(year.year, half), inferred: year.inferred };
  },
};
