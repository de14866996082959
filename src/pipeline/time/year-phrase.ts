import { fromPublication, referenceAt, relativeToPublication } from './reference.ts';
import type { TimeContext } from './types.ts';
import { YEAR } from './words.ts';

/**
 * The year a quarter or half belongs to, after it: "of 2025", " 2025", "/2025", "-2025", or "of
 * the year", "of this year", "of next year", "of last year". Three groups: year after a slash or dash,
 * year after a space, relative word.
 */
export const YEAR_PHRASE = `(?:\\s*[/-]\\s*${YEAR}|(?:,?\\s+of|,)?\\s+(?:${YEAR}|(the|this|next|last)\\s+year\\b))?(?![\\d/]|[.,]\\d)`;

/** A year and how it was found, from the three groups of YEAR_PHRASE; null when it needs a reference there is not. */
export function phraseYear(context: TimeContext, slash?: string, spaced?: string, word?: string): { year: number; inferred: string[] } | null {
  const stated = slash ?? spaced;
  if (stated) return { year: Number(stated), inferred: [] };
  const reference = referenceAt(context.reference, 'year');
  if (!reference) return null;
  const shift = word === 'next' ? 1 : word === 'last' ? -1 : 0;
  const year = reference.from.year + shift;
  return { year, inferred: [word && word !== 'the' ? relativeToPublication(reference) : fromPublication(`year ${year}`, reference)] };
}

/**
 * A capitalised word or a closing bracket before a bare year that makes the year part of a name ("Festival 2025", "Contest (NISC)
 * 2025"), not a preposition's object nor a determiner's ("The 2030 targets remain …").
 */
const NAME_BEFORE_YEAR = new RegExp(String.raw`(?:(?<![\p{L}\p{M}])(?!(?:In|By|From|To|Towards?|Until|Till|Before|After|Since|Of|For|Through`
  + String.raw`|During|And|Or|The|This|These|Its|Their|Our|Each|Every|All)\s)\p{Lu}[\p{L}\p{M}]*|\))\s+$`, 'u');

/** Whether the bare year at `start`–`end` of a sentence is part of a name ("The Innovation Festival 2025 opened …"): it dates nothing. */
export function yearInName(sentence: string, start: number, end: number): boolean {
  return /^(?:19|20)\d{2}$/.test(sentence.slice(start, end)) && NAME_BEFORE_YEAR.test(sentence.slice(Math.max(0, start - 40), start));
}
