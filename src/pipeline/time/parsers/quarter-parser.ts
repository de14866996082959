import { quarterSpan } from '../calendar.ts';
import type { TimeParser } from '../types.ts';
import { YEAR_PHRASE, phraseYear } from '../year-phrase.ts';

/**
 * "the first quarter", "the 3rd quarter", "quarter II", "Quarter 4", "Q2" (Q only with a year after),
 * then the year: "of 2025", "2025", "/2025", "of this year"; not "the first quarter of the century".
 */
const QUARTER = new RegExp(
  `\\b(?:(?:[Tt]he\\s+)?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|1st|2nd|3rd|4th)\\s+quarter|[Qq]uarter\\s+(IV|I{1,3}|[1-4])`
    + `|Q([1-4])(?=\\s*[/-]\\s*\\d{4}|,?\\s+(?:of\\s+)?\\d{4}))\\b${YEAR_PHRASE}(?!\\s+of\\b)`,
  'g',
);
const NUMBERS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, I: 1, II: 2, III: 3, IV: 4,
};

/** Quarters of a year; without a year, of the publication year. "last quarter" alone is relative, so not read. */
export const quarterParser: TimeParser = {
  name: 'ENQuarterParser',
  pattern: QUARTER,
  needs: /[Qq]uarter|Q[1-4]/,
  extract(context, m) {
    const word = m[1]?.toLowerCase();
    const quarter = word ? NUMBERS[word]! : (NUMBERS[m[2]!] ?? Number(m[2] ?? m[3]));
    const year = phraseYear(context, m[4], m[5], m[6]);
    if (!year || (word === 'last' && !m[4] && !m[5] && !m[6])) return null;
    return { ...quarterSpan(year.year, quarter), inferred: year.inferred };
  },
};
