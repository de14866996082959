/** A province or city named with its kind: "Da Nang city", "Nghe An Province", "the province of Quang Ninh", "Ho Chi Minh City". */
const PLACE = /\b((?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*)\s+(province|city|Province|City)\b|\b(?:province|city)\s+of\s+((?:\p{Lu}[\p{L}\p{M}]*\s*){1,4})/u;

/** The province or city a text names, or null. "City" stays when it is part of the name (Ho Chi Minh City). */
export function placeNamed(text: string): string | null {
  const m = PLACE.exec(text);
  if (!m) return null;
  if (m[3]) return m[3].trim();
  return m[2] === 'City' ? `${m[1]} City` : m[1]!;
}

/**
 * Where a target applies: a province or city its clause or sentence names; a target about "the
 * province" or "the city" applies to the one the document names first; else the whole country.
 */
export function scopeOf(clause: string, sentence: string, documentText: string): string {
  const place = placeNamed(clause) ?? placeNamed(sentence);
  if (place) return place;
  if (/\bthe (?:province|city)(?:'s)?\b/i.test(sentence)) return placeNamed(documentText) ?? 'Vietnam';
  return 'Vietnam';
}
