/**
 * How far from a point of a sentence the words around it are read, by the patterns that must end
 * or start there ("… rose from", "dated"): longer than any clause of a real text (the longest
 * sentence of the gold and synthetic texts has 971 characters), and short enough that a sentence
 * of thousands of figures or happenings is not read from its start for each of them, which took
 * time quadratic in the sentence.
 */
export const REACH = 600;

/** The text before `at`, at most REACH characters: what a pattern anchored at its end ($) is tested on. */
export const textBefore = (text: string, at: number, reach = REACH): string => text.slice(Math.max(0, at - reach), at);

/** The text from `at` on, at most REACH characters: what a pattern anchored at its start (^) is tested on. */
export const textAfter = (text: string, at: number, reach = REACH): string => text.slice(at, at + reach);
