/** Folds text for matching: no diacritics (đ → d), lowercase, single spaces, no possessive 's. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}/&-]+/gu, ' ')
    .trim();
}
