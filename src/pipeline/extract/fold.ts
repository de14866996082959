/** How many folded strings `fold` keeps; it forgets them all when full. */
const CACHE_SIZE = 50_000;
const folded = new Map<string, string>();

/** Folds text for matching: no diacritics (đ → d), lowercase, single spaces, no possessive 's. Names recur, so results are cached. */
export function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= CACHE_SIZE) folded.clear();
    result = foldUncached(text);
    folded.set(text, result);
  }
  return result;
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}/&-]+/gu, ' ')
    .trim();
}
