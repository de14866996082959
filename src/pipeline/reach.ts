/**
 * How far from a point of a sentence the words around it are read, by the patterns that must end
 * or start there ("… rose from", "dated"): longer than any clause of a real text (the longest
 * sentence of the gold and synthetic texts has 971 characters), and short enough that a sentence
 * of thousands of figures or happenings is not read from its start for each of them, which took
 * time quadratic in the sentence.
 */
export const REACH = 600;

/**
 * The end of `text.slice(0, at)`, at most REACH characters: what a pattern anchored at its end ($) is tested on.
 * `at` is read as `slice` reads it (a negative one counts from the end).
 */
export function textBefore(text: string, at: number, reach = REACH): string {
  const end = at < 0 ? Math.max(0, text.length + at) : Math.min(at, text.length);
  return text.slice(Math.max(0, end - reach), end);
}

/**
 * The start of `text.slice(at)`, at most REACH characters: what a pattern anchored at its start (^) is tested on.
 * `at` is read as `slice` reads it (a negative one counts from the end).
 */
export function textAfter(text: string, at: number, reach = REACH): string {
  const start = at < 0 ? Math.max(0, text.length + at) : at;
  return text.slice(start, start + reach);
}
