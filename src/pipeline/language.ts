/** Letters that occur in Vietnamese but not in English (tone marks, ă â đ ê ô ơ ư). */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Per UTF-16 code unit: 0 not yet known, 1 not a Vietnamese letter, 2 one (the pattern is one class of BMP letters). */
const isVietnamese = new Uint8Array(0x10000);

/** `VIETNAMESE_LETTER.test(text)`, by a table of the code units met (it runs on every block, and no ASCII character is one). */
export function hasVietnameseLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let known = isVietnamese[c]!;
    if (known === 0) isVietnamese[c] = known = VIETNAMESE_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

/** Share of words with Vietnamese letters above which a line counts as Vietnamese. */
const VIETNAMESE_SHARE = 0.35;

/**
 * Language of a line of text: `vi` when enough of its words carry Vietnamese letters, else `en`.
 * Names such as "Tô Lâm" inside an English sentence stay below the threshold.
 */
export function detectLanguage(text: string): 'vi' | 'en' {
  if (!hasVietnameseLetter(text)) return 'en';
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'en';
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  return words.length >= 2 && vietnamese / words.length >= VIETNAMESE_SHARE ? 'vi' : 'en';
}
