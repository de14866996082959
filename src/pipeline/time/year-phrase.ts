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
