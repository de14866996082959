/** Letters that occur in Vietnamese but not in English (tone marks, ă â đ ê ô ơ ư). */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Share of words with Vietnamese letters above which a line counts as Vietnamese. */
const VIETNAMESE_SHARE = 0.35;

/**
 * Language of a line of text: `vi` when enough of its words carry Vietnamese letters, else `en`.
 * Names such as "Tô Lâm" inside an English sentence stay below the threshold.
 */
export function detectLanguage(text: string): 'vi' | 'en' {
  if (!VIETNAMESE_LETTER.test(text)) return 'en';
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'en';
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  return words.length >= 2 && vietnamese / words.length >= VIETNAMESE_SHARE ? 'vi' : 'en';
}
