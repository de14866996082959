import { fold } from '../extract/fold.ts';

/** "The province", "the city", "provincial", or a body of one ("the Provincial People's Committee", "the city's …"). */
const LOCAL_BODY = /\bthe (?:province|city)\b|\b(?:province|city)[’']s\b|\b(?:Provincial|City|Municipal) (?:People[’']s|Party)\b|\b(?:provincial|municipal)\b/i;
/** Determiners that cannot open a place name. "An" is the article only before a vowel ("An Giang", "Nghe An" are places). */
const DETERMINER = String.raw`(?:The|A|An(?=\s+[AEIOUaeiou])|This|That|Each|Every|Our|Its|Resolution|Decision|Plan|Programme|Conclusion|No)\b`;
/** A capitalized place name of one to four words, not opened by a determiner; the start is a letter boundary in any script ("Đà Nẵng"). */
const NAME = String.raw`(?<![\p{L}\p{M}])((?:(?!${DETERMINER})\p{Lu}[\p{L}\p{M}]*\s+){0,3}(?!${DETERMINER})\p{Lu}[\p{L}\p{M}]*)`;
/** A province named with its kind: "Nghe An province", "Binh Duong Provincial Party Committee", "the province of Quang Ninh". */
const PROVINCE = new RegExp(String.raw`${NAME}\s+(?:province|Province|Provincial)\b|\bprovince\s+of\s+${NAME}`, 'u');
/** A city named with its kind: "Da Nang city", "Ho Chi Minh City", "the city of Hue". */
const CITY = new RegExp(String.raw`${NAME}\s+(city|City)\b|\bcity\s+of\s+${NAME}`, 'u');

/** The province or city a text names, provinces first, or null. Cities are named "<Name> City" however the text writes it, so that one city has one scope ("Hai Phong city" = "Hai Phong City"). */
export function placeNamed(text: string): string | null {
  const province = /[Pp]rovinc/.test(text) ? PROVINCE.exec(text) : null;
  if (province) return (province[1] ?? province[2])!.trim();
  const city = /[Cc]ity/.test(text) ? CITY.exec(text) : null;
  if (!city) return null;
  return `${(city[3] ?? city[1])!.trim()} City`;
}

/** A dateline in capitals: "THANH HOA - In the first quarter …", "DA NANG CITY — …". */
const DATELINE = /^((?:\p{Lu}[\p{Lu}\p{M}]+\s+){0,3}\p{Lu}[\p{Lu}\p{M}]+)\s*[-–—]\s/mu;
/** A place named just before a local body: "the Hung Yen Department of Science and Technology", "Ben Tre People's Committee". */
const BEFORE_BODY = new RegExp(String.raw`${NAME}(?<!\b(?:Provincial|City|Municipal|Central|District|Commune|Ward|National))\s+(?:Department\s+of|People[’']s\s+(?:Committee|Council)|Party\s+Committee)\b`, 'u');
/** A title that opens with a place and a colon or a verb: "Thanh Hoa: online services …", "Thai Nguyen aims for …". */
const TITLE_PLACE = new RegExp(String.raw`^${NAME}(?=:|\s+(?:aims?|sets?|targets?|strives?|plans?|approves?|adopts?|issues?|launches?|reports?|reviews?)\b)`, 'u');

/** Capital letters to a name's case: "THANH HOA" → "Thanh Hoa". */
const titleCase = (text: string) => text.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());

/**
 * The place a local text is about, or null for a national text: a province or city its opening
 * (`lead`: title and first paragraphs) names with its kind; else, when the opening speaks of a
 * province or city or their bodies, the place named before a local body ("the Hung Yen Department
 * of …"), the place of its dateline ("THANH HOA - …") or the place its
 * title opens with ("Thai Nguyen aims for …").
 */
export function leadPlace(lead: string): string | null {
  const named = placeNamed(lead);
  if (named || !LOCAL_BODY.test(lead)) return named;
  const body = BEFORE_BODY.exec(lead)?.[1];
  if (body) return body.trim();
  const dateline = DATELINE.exec(lead)?.[1];
  if (dateline && !/^(?:HANOI|HA NOI|VNA|VNS)$/.test(dateline)) return titleCase(dateline);
  return TITLE_PLACE.exec(lead)?.[1]?.trim() ?? null;
}

/**
 * Where a target applies: a province or city its clause or sentence names; the place the text is
 * about (`place`, from its lead) when the sentence names that place without its kind ("By 2027,
 * Nghe An aims …"), speaks of the province, the city or one of their bodies, or sets the target
 * against a national benchmark (`benchmarked`); else the whole country. (A local text also cites
 * national targets without saying so: without a cue, a target is national.)
 */
export function scopeOf(clause: string, sentence: string, place: string | null, benchmarked = false): string {
  const named = placeNamed(clause) ?? placeNamed(sentence);
  if (named) return named;
  if (place === null) return 'Vietnam';
  if (benchmarked || LOCAL_BODY.test(sentence)) return place;
  const bare = fold(place.replace(/ City$/, ''));
  return ` ${fold(sentence)} `.includes(` ${bare} `) ? place : 'Vietnam';
}
