/** "The province", "the city", or a body of one ("the Provincial People's Committee", "the City Party Committee"). */
const LOCAL_BODY = /\bthe (?:province|city)\b|\b(?:Provincial|City|Municipal) (?:People's|People’s|Party)\b/i;
/** A capitalized place name of one to four words, not opened by an article or determiner. */
const NAME = String.raw`((?:(?!(?:The|A|An|This|That|Each|Every|Our|Its)\b)\p{Lu}[\p{L}\p{M}]*\s+){0,3}(?!(?:The|A|An|This|That|Each|Every|Our|Its)\b)\p{Lu}[\p{L}\p{M}]*)`;
/** A province named with its kind: "Nghe An province", "Binh Duong Provincial Party Committee", "the province of Quang Ninh". */
const PROVINCE = new RegExp(String.raw`\b${NAME}\s+(?:province|Province|Provincial)\b|\bprovince\s+of\s+${NAME}`, 'u');
/** A city named with its kind: "Da Nang city", "Ho Chi Minh City", "the city of Hue". */
const CITY = new RegExp(String.raw`\b${NAME}\s+(city|City)\b|\bcity\s+of\s+${NAME}`, 'u');

/** The province or city a text names, provinces first, or null. Cities are named "<Name> City" however the text writes it, so that one city has one scope ("Hai Phong city" = "Hai Phong City"). */
export function placeNamed(text: string): string | null {
  const province = /[Pp]rovinc/.test(text) ? PROVINCE.exec(text) : null;
  if (province) return (province[1] ?? province[2])!.trim();
  const city = /[Cc]ity/.test(text) ? CITY.exec(text) : null;
  if (!city) return null;
  return `${(city[3] ?? city[1])!.trim()} City`;
}

/**
 * Where a target applies: a province or city its clause or sentence names; a target that speaks of
 * the province, the city or one of their bodies applies to the place the document's opening
 * (`lead`: its title and first paragraphs) names; else the whole country.
 */
export function scopeOf(clause: string, sentence: string, lead: string): string {
  const place = placeNamed(clause) ?? placeNamed(sentence);
  if (place) return place;
  if (LOCAL_BODY.test(sentence)) return placeNamed(lead) ?? 'Vietnam';
  return 'Vietnam';
}
