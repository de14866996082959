import { NUMBER, numberOf, PERCENT_SIGN, QUALIFIER, TIME_UNIT } from './quantity.ts';
import { allMatches } from '../extract/all-matches.ts';

/** A figure a sentence states, by offsets into the sentence. */
export interface Figure {
  value: number;
  unit: string | null;
  text: string;
  start: number;
  end: number;
}

const SHARE = new RegExp(String.raw`(?:\b(${QUALIFIER})\s+)?${NUMBER}${PERCENT_SIGN}(?:\s+of\s+(GDP|GRDP|(?:the\s+)?[\p{L}-]+\s+budget))?`, 'giu');
const COUNT = new RegExp(
  String.raw`(?:\b(${QUALIFIER})\s+)?(?<![\d.,/-])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,/%-]|\s*(?:st|nd|rd`
    + String.raw`|th)\b)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)(?=\s+(?:at|in|on|with|and|to|of|for|from|by|nationwide|attending|across|are|is|was`
    + String.raw`|were|who|which|that)\b|[,;.:)]|$)`,
  'gu',
);
/** What every figure and every share needs: sentences without them are not searched. */
const DIGIT = /\d/;
const PERCENT = /%|per ?cent/i;

/**
 * Figures a sentence states: shares ("less than 0.7% of GDP") and counts of ten or more with what
 * they count ("15,345 connection points"). Years, durations and numbers inside names are not figures.
 */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (!DIGIT.test(text)) return out;
  for (const m of PERCENT.test(text) ? allMatches(SHARE, text) : []) {
    out.push({ value: numberOf(m[2]!), unit: m[3] ? `% of ${m[3].replace(/^the\s+/i, '')}` : '%', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Shares and counts both come in order and do not overlap among themselves: a count can only overlap
  // the first share that ends after it starts (comparing it with every figure was quadratic).
  const shares = out.length;
  let share = 0;
  for (const m of allMatches(COUNT, text)) {
    const value = numberOf(m[2]!);
    const words = m[3]!.split(/\s+/);
    const verb = words.findIndex((w, i) => i > 0 && /(?:ed|ing)$/.test(w));
    const unit = (verb > 0 ? words.slice(0, verb) : words).join(' ');
    if (TIME_UNIT.test(unit) || (value >= 1900 && value <= 2100 && !m[2]!.includes(','))) continue;
    while (share < shares && out[share]!.end <= m.index) share++;
    if (share < shares && out[share]!.start < m.index + m[0].length) continue;
    const text = m[0].slice(0, m[0].lastIndexOf(unit) + unit.length);
    out.push({ value, unit, text, start: m.index, end: m.index + text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
