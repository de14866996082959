/**
 * Counts over whitespace, without the arrays that `split(/\s+/)` and `match(/\S+/g)` allocate (they
 * ran on every block). Whitespace is what `\s` matches.
 */

/** True when a UTF-16 code unit is whitespace, as `\s` has it. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many runs of non-whitespace a text has: `text.match(/\S+/g)?.length ?? 0`. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = !isWhitespace(text.charCodeAt(i));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** How many pieces `text.split(/\s+/)` gives: one more than the runs of whitespace. */
export function countSplitPieces(text: string): number {
  let count = 1;
  let inBlank = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isWhitespace(text.charCodeAt(i));
    if (blank && !inBlank) count++;
    inBlank = blank;
  }
  return count;
}
