import { titleCase } from '../extract/name-grammar.ts';
import { foldPlace, PLACES } from '../extract/lexicon/provinces.ts';
import { once, oncePer } from '../once.ts';
import { escapeRegExp } from '../regexp.ts';
import { bodyIn, type Body } from '../extract/text-bodies.ts';
import { placeRuns, placesIn, type PlaceRuns } from './listed-places.ts';
import {
  AIMS, aimingBody, dutyOwnKind, frameBodyKind, frameOwnKind, frameServiceKind, lastSentence, officeNamed, ownKind, ownWorkKind, type Names,
} from './own-office.ts';

export { placesIn };

/** "The province", "the city", "provincial", or a body of one ("the Provincial People's Committee", "the city's …"). */
const LOCAL_BODY = /\bthe (?:province|city)\b|\b(?:province|city)[’']s\b|\b(?:Provincial|City|Municipal) (?:People[’']s|Party)\b|\b(?:provincial|municipal)\b/i;
/** Determiners that cannot open a place name. "An" is the article only before a vowel ("An Giang", "Nghe An" are places). */
// (Or a heading's words in capitals no place is named with: "DIRECTIONS OF THE (PROVINCIAL CIVIL DEFENCE COMMAND)".)
const DETERMINER = String.raw`(?:The|A|An(?=\s+[AEIOUaeiou])|This|That|Each|Every|Our|Its|Your|Their|His|Her|My|Resolution|Decision|Plan|Programme`
  + String.raw`|Conclusion|No|THE|OF|AND|FOR|TO|IN|ON)\b`;
/** A capitalized place name of one to four words, not opened by a determiner; the start is a letter boundary in any script ("Đà Nẵng"). */
// (Its words are on one line: a name at the end of one line and a heading on the next are two.)
const NAME = String.raw`(?<![\p{L}\p{M}])((?:(?!${DETERMINER})\p{Lu}[\p{L}\p{M}]*[^\S\n]+){0,3}(?!${DETERMINER})\p{Lu}[\p{L}\p{M}]*)`;
/** A province named with its kind: "Nghe An province", "Binh Duong Provincial Party Committee", "the province of Quang Ninh". */
// (Or in Vietnamese, as a legal page's fields name the issuer's place: "Nơi ban hành: Tỉnh An Giang".)
// (A document's heading in capitals names its issuer so: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CAN THO CITY PEOPLE'S COMMITTEE".)
const PROVINCE = new RegExp(String.raw`${NAME}\s+(?:province|Province|Provincial|PROVINCE|PROVINCIAL)\b|\bprovince\s+of\s+${NAME}`
  + String.raw`|(?<![\p{L}\p{M}])(?:[Tt]ỉnh|TỈNH)\s+${NAME}`, 'gu');
/** A city named with its kind: "Da Nang city", "Ho Chi Minh City", "the city of Hue". */
const CITY = new RegExp(String.raw`${NAME}\s+(city|City|CITY)\b|\bcity\s+of\s+${NAME}|(?<![\p{L}\p{M}])(?:[Tt]hành\s+phố|THÀNH\s+PHỐ)\s+${NAME}`, 'gu');

/**
 * The province or city a text names, provinces first, or null. Cities are named "<Name> City" however the text
 * writes it, so that one city has one scope ("Hai Phong city" = "Hai Phong City").
 */
export function placeNamed(text: string): string | null {
  // (A word that opens a line is capitalised whatever it is: "Host province first" names no province, unless the word is a listed one;
  // so is one that opens a quotation: the movement "Whole province competes in innovation".)
  const province = /[Pp]rovinc|PROVINC|[Tt]ỉnh\s|TỈNH\s/.test(text)
    ? [...text.matchAll(PROVINCE)].find((m) => !(m[1] !== undefined && /^\S+$/.test(m[1]) && (m.index === 0 || /[\n"“‘]/.test(text[m.index - 1]!))
      && !PLACES.has(foldPlace(m[1]))) && !DEMONYM.test(m[1] ?? '')) ?? null
    : null;
  // (The Vietnamese kind comes first, so the name runs on into what follows it: its listed head is the place.)
  if (province) return asWritten(province[3] ? listedHead(province[3].trim()) : listedTail((province[1] ?? province[2])!.trim()));
  if (!/[Cc]ity|CITY|[Tt]hành\s+phố|THÀNH\s+PHỐ/.test(text)) return null;
  for (const city of text.matchAll(CITY)) {
    const name = listedHead(listedTail((city[3] ?? city[1] ?? city[4])!.trim()));
    // "the Imperial City", "the Forbidden City": a name no list holds, after "the", is a landmark, not a city ("Vinh City" is one,
    // and "the Vinh City People's Committee" its body's).
    if (city[1] !== undefined && !PLACES.has(foldPlace(name)) && /\bthe\s+$/i.test(text.slice(0, city.index))
      && !CITY_BODY.test(text.slice(city.index + city[0].length))) continue;
    // ("every large Vietnamese city", "a Chinese province": a people's adjective is no place's name.)
    if (city[1] !== undefined && DEMONYM.test(city[1])) continue;
    return `${asWritten(name)} City`;
  }
  return null;
}

/** A people's adjective alone, before "city" or "province": "Vietnamese", "Korean", "Cambodian", "Lao", "Thai". */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ese|ian|ean)|Lao|Thai|Khmer)$/u;

/** A city's body right after its name: "(Vinh City) People's Committee", "(…) Party Committee", "(…) Department of …". */
const CITY_BODY = /^\s+(?:People[’']s|Party|Department|Police)\b/;

/** A name in capitals as a listed place is written ("LÀO CAI" → "Lào Cai"), any other as found. */
const asWritten = (name: string): string => (/\p{Ll}/u.test(name) ? name : titleCase(name));

/**
 * A name before "City" that runs on past a listed place ("Đà Nẵng Smart City", an app's name) is that place's; any other name
 * is taken as written ("Vinh City").
 */
function listedHead(name: string): string {
  if (PLACES.has(foldPlace(name))) return name;
  const words = name.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) if (PLACES.has(foldPlace(words.slice(0, k).join(' ')))) return words.slice(0, k).join(' ');
  return name;
}

/**
 * A name before "province" or "city" that runs back past a listed place is that place's: a heading in capitals has no word in lower case
 * to end it ("PEOPLE'S COMMITTEE OF NGHE AN PROVINCE" → "NGHE AN"); any other name is taken as written.
 */
function listedTail(name: string): string {
  if (PLACES.has(foldPlace(name))) return name;
  const words = name.split(/\s+/);
  for (let k = 1; k < words.length; k++) if (PLACES.has(foldPlace(words.slice(k).join(' ')))) return words.slice(k).join(' ');
  return name;
}

/** A dateline in capitals: "THANH HOA - In the first quarter …", "DA NANG CITY — …". */
const DATELINE = /^((?:\p{Lu}[\p{Lu}\p{M}]+\s+){0,3}\p{Lu}[\p{Lu}\p{M}]+)\s*[-–—]\s/mu;
/** A place named just before a local body: "the Hung Yen Department of Science and Technology", "Ben Tre People's Committee". */
const BEFORE_BODY = new RegExp(
  String.raw`${NAME}(?<!\b(?:Provincial|City|Municipal|Central|District|Commune|Ward|National))(?:[’']s)?\s+(?:(?:Sub-)?[Dd]epartment\s+of`
    + String.raw`|People[’']s\s+(?:Committee|Council)|Party\s+Committee)\b`,
  'u',
);
/** A title's first capitalised words before a word in lower case: "(Quang Ninh) science fund awards …". Group: the words. */
const PLACE_BEFORE_NOUN = /^((?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*)\s+(?=\p{Ll})/u;
/** A title that opens with a place and a colon or a verb: "Thanh Hoa: online services …", "Thai Nguyen aims for …". */
const TITLE_PLACE = new RegExp(
  String.raw`^${NAME}(?=:|\s+(?:aims?|sets?|targets?|strives?|plans?|approves?|adopts?|issues?|launches?|reports?|reviews?)\b)`, 'u',
);

/**
 * A commune, ward or district named with its kind: "Mỹ Thạnh commune marks …", "the ward of Tân An", "GIA LAM DISTRICT PEOPLE'S
 * COMMITTEE" (a heading in capitals).
 */
const COMMUNE = new RegExp(String.raw`${NAME}\s+(commune|ward|district|Commune|Ward|District|COMMUNE|WARD|DISTRICT)\b`
  + String.raw`|\b(commune|ward|district)\s+of\s+${NAME}`, 'u');

/**
 * A commune or ward named as the subject of an aim: "(By the end of 2030,) Mường Khương commune aims for:", "Tân Lập ward has set …".
 * Groups: the name; its kind.
 */
// (Its part set off: "Sa Pa ward, for its part, aims …".)
const COMMUNE_AIMS = new RegExp(String.raw`${NAME}\s+(commune|ward|Commune|Ward)(?:,\s+for\s+its\s+(?:own\s+)?part,)?\s+(?:also\s+)?`
  + String.raw`(?:aims?|sets?|targets?|wants?|plans?|strives?`
  + String.raw`|has\s+set|is\s+to|will\s+(?:strive|aim))\b`, 'u');

/** A document's aim in a relative clause, up to a figure: "… Plan No. 2952/KH-UBND on digital infrastructure, which aims for (…)". */
const DOCUMENT_AIM = /\b(?:Plan|Programme|Program|Strategy|Project|Scheme|Resolution|Decision)\b[^,;]{0,80},\s+which\s+(?:aims|targets|seeks|sets)\b[^;]*$/;
/** How far before a figure DOCUMENT_AIM is read. */
const DOCUMENT_AIM_REACH = 300;

/** "We" as the subject of an aim or a pledge, after any time that opens the clause: "By 2030, we aim to …", "we will resolve …". */
const WE_SUBJECT = /(?:^|[,;:]\s*)(?:[Ww]e|[Oo]ur\s+(?:company|firm|group|utility|bank))\s+(?:also\s+)?(?:aim|will|plan|intend|pledge|commit|want|expect)\b/;
/** A commune or ward by its kind as the subject of an aim: "the ward aims to:". Group: the kind. */
// (Or had set them, as a speaker reports: "(Chairman of the Đồng Văn Commune People's Committee X told …) the commune had set its own aims".)
const THE_COMMUNE_AIMS = /\b[Tt]he\s+(commune|ward)\s+(?:also\s+)?(?:aims?|sets?|targets?|wants?|plans?|strives?|ha[sd]\s+set|is\s+to)\b/u;

/** The first commune or ward of a kind a text names: "Ninh Kiều ward" from "the Ninh Kiều Ward People's Committee", or null. */
function communeNamed(text: string, kind: string): string | null {
  for (const m of text.matchAll(new RegExp(COMMUNE.source, 'gu'))) {
    const found = (m[2] ?? m[3])!.toLowerCase();
    if (found === kind) return `${asWritten((m[1] ?? m[4])!.trim())} ${kind}`;
  }
  return null;
}

/** The commune or ward a text names as the subject of its aim (see COMMUNE_AIMS), as "<Name> commune", or null. */
export function communeAiming(text: string): string | null {
  const m = /ommune|ard/.test(text) ? COMMUNE_AIMS.exec(text) : null;
  return m ? `${asWritten(m[1]!.trim())} ${m[2]!.toLowerCase()}` : null;
}

/**
 * The commune, ward or district a text's title is about, as "<Name> commune" (a commune may share its name with a province), or
 * null: its targets are the commune's, not the province's or the country's.
 */
export function communeOf(title: string | undefined): string | null {
  const m = title ? COMMUNE.exec(title) : null;
  if (!m) return null;
  const name = (m[1] ?? m[4])!.trim();
  return `${asWritten(name)} ${(m[2] ?? m[3])!.toLowerCase()}`;
}


/**
 * A title that opens with a body of the nation as its subject: "National Assembly passes …", "Government approves …", "The Ministry
 * of Science and Technology answers petitions …", or the head of the Government acting on an instrument: "PM approves …", "Deputy
 * Prime Minister signs …". (Not a leader who visits provinces and speaks at their conferences: "Prime Minister X speaks at …" may be
 * a province's text.)
 */
const NATIONAL_SUBJECT = new RegExp(String.raw`^(?:The\s+)?(?:National\s+Assembly|Government|Ministry\s+of|Politburo|Party\s+Central\s+Committee|Secretariat`
  + String.raw`|(?:Deputy\s+)?(?:PM|Prime\s+Minister)(?=\s+(?:approves|signs|issues|sets)\b))\b(?![’']s)`);

/**
 * Whether a text is the nation's by its title: a body of the nation does what it tells, and it names no place ("National Assembly
 * passes Law on …, approves broadband programme for remote areas"). A place its lead names is where part of it applies ("a pilot …
 * in Hồ Chí Minh City"), not what the text is about.
 */
export function nationalTitle(title: string | undefined): boolean {
  return title !== undefined && NATIONAL_SUBJECT.test(title) && placeNamed(title) === null && placesIn(title).length === 0;
}

/**
 * The place a local text is about, or null for a national text: a province or city its opening
 * (`lead`: title and first paragraphs) names with its kind; else, when the opening speaks of a
 * province or city or their bodies, the place named before a local body ("the Hung Yen Department
 * of …"), the place of its dateline ("THANH HOA - …"), the listed place its
 * title opens with ("Thai Nguyen aims for …"), or the first listed province or city it names.
 */
export function leadPlace(lead: string): string | null {
  const found = leadPlaceAsWritten(lead);
  return found === null ? null : canonicalPlace(found);
}

/** How many blocks at the top of a text may hold a document's heading, below a legal-database page's fields. */
export const ISSUER_BLOCKS = 12;
/** How many blocks at the top of a text may hold a document's heading printed beside the national motto (see MOTTO). */
const MOTTO_BLOCKS = 40;
/** The national motto a legal document's heading is printed beside: "SOCIALIST REPUBLIC OF VIETNAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
const MOTTO = /^(?:SOCIALIST\s+REPUBLIC\s+OF\s+VIET\s*NAM|CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)\b/iu;
/** A line all in capitals but for its punctuation and digits: a document's heading ("PEOPLE'S COMMITTEE OF GIA LAI PROVINCE | …"). */
const CAPITALS = /^[^\p{Ll}]*$/u;

/**
 * The province or city whose body issued a document printed in the text, as its heading in capitals names it ("PEOPLE'S COMMITTEE
 * OF GIA LAI PROVINCE", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), or null: a document is its issuer's, wherever the page puts its lead.
 */
export function issuerPlace(blocks: readonly { text: string }[]): string | null {
  for (const [i, { text }] of blocks.slice(0, MOTTO_BLOCKS).entries()) {
    const [cell, ...rest] = text.split(/\s+\|\s+/);
    // (Further down, only a heading beside the national motto, or right above it: a legal-database page may put its fields, schema and
    // related documents first.)
    if (i >= ISSUER_BLOCKS && !rest.some((r) => MOTTO.test(r)) && !MOTTO.test(blocks[i + 1]?.text ?? '')) continue;
    if (!CAPITALS.test(cell!) || !/\p{Lu}/u.test(cell!)) continue;
    const place = placeNamed(cell!) ?? listedBodyPlace(cell!);
    if (place !== null) return canonicalPlace(place);
  }
  return null;
}

/**
 * A province's own numbered plan, decision or resolution, named as the province's: "under Lai Châu's Plan No. 4927/KH-UBND on disaster
 * warning". Group: the place.
 */
const LOCAL_INSTRUMENT_OWNER = new RegExp(String.raw`(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*)[’']s\s+`
  + String.raw`(?:Plan|Decision|Resolution|Programme|Directive)\s+No\.\s*\d{1,5}\/(?:\d{4}\/)?(?:KH|QĐ|QD|NQ|CT)-(?:UBND|HĐND|HDND)\b`, 'gu');

/**
 * The listed province or city a text about no place names as the owner of its own numbered document in its first blocks (see
 * LOCAL_INSTRUMENT_OWNER): a company's notice "under Lai Châu's Plan No. 4927/KH-UBND" is about Lai Châu. Null when it names none, or
 * more than one.
 */
export function localInstrumentOwner(blocks: readonly { text: string }[]): string | null {
  const owners = new Set<string>();
  for (const { text } of blocks) {
    for (const m of text.includes('-UBND') || text.includes('-HĐND') || text.includes('-HDND') ? text.matchAll(LOCAL_INSTRUMENT_OWNER) : []) {
      const place = listedTail(m[1]!);
      if (PLACES.has(foldPlace(place))) owners.add(canonicalPlace(place));
    }
  }
  return owners.size === 1 ? [...owners][0]! : null;
}

/** A listed place's body in capitals, the place named without its kind: "HANOI PEOPLE'S COUNCIL", "PEOPLE'S COMMITTEE OF DA NANG". */
const BODY_IN_CAPITALS = String.raw`(?:PEOPLE[’']S\s+(?:COUNCIL|COMMITTEE)|PARTY\s+COMMITTEE)`;
const LISTED_BODY = new RegExp(String.raw`^(.{3,30}?)\s+${BODY_IN_CAPITALS}$|^${BODY_IN_CAPITALS}\s+OF\s+(.{3,30})$`, 'u');

/** The listed place a body's heading in capitals names without its kind (see LISTED_BODY), or null. */
function listedBodyPlace(heading: string): string | null {
  const m = LISTED_BODY.exec(heading.trim());
  const name = m ? (m[1] ?? m[2])! : null;
  return name !== null && PLACES.has(foldPlace(name)) ? canonicalPlace(titleCase(name)) : null;
}

function leadPlaceAsWritten(glued: string): string | null {
  // (Fields glued on a scraped page are read apart: "Tỉnh An GiangNgười ký:" → "Tỉnh An Giang Người ký:"; a former province is none.)
  const lead = unformer(glued.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  // Where a gathering was held is no place the text is about: "announced at a press conference in Hồ Chí Minh City".
  const named = placeNamed(lead.replace(VENUE, '$1'));
  // "Lạng Sơn: online services beat plan": a title that opens with a listed place and a colon is about it.
  const headed = named ? undefined : TITLE_PLACE.exec(lead);
  if (headed && lead.charAt(headed[0].length) === ':' && PLACES.has(foldPlace(headed[1]!.trim()))) return headed[1]!.trim();
  // "Quang Ninh science fund awards …", "Lai Chau farmers sell …": a title that opens with a listed place before a noun in lower case is
  // about that place.
  const owner = named ? undefined : PLACE_BEFORE_NOUN.exec(lead)?.[1];
  if (owner && PLACES.has(foldPlace(owner))) return owner;
  // "Hưng Yên Job Fair 2030: …", "Đắk Lắk Post opens …": a title that opens with a listed place before a name of its own is about that place.
  const opening = named ? undefined : listedOpening(lead);
  if (opening) return opening;
  if (named) return named;
  // (A department of a listed province by its name makes the text local: "the Thanh Hóa Sub-department of Standards, Metrology and
  // Quality"; not a People's Committee a national text greets, "Chairman of the Hanoi People's Committee".)
  const before = BEFORE_BODY.exec(lead);
  const body = before?.[1]?.trim();
  if (body && (LOCAL_BODY.test(lead) || (/epartment\s+of$/.test(before![0]) && PLACES.has(foldPlace(body))))) return body;
  if (!LOCAL_BODY.test(lead)) return null;
  // A dateline in capitals is a place only when it is a listed one: "BQN - …" is an outlet's initials.
  const dateline = DATELINE.exec(lead)?.[1];
  if (dateline && PLACES.has(foldPlace(dateline)) && !/^(?:HANOI|HA NOI)$/.test(dateline)) return titleCase(dateline);
  // "Thai Nguyen aims for …", but not "Targets set for …": the title's first words are a listed place.
  const opener = TITLE_PLACE.exec(lead)?.[1]?.trim();
  return (opener && PLACES.has(foldPlace(opener)) ? opener : undefined) ?? placesIn(lead.replace(VENUE, '$1'))[0] ?? null;
}

/**
 * The listed place the first line of a lead opens with, before a capitalised name of its own ("Hưng Yên (Job Fair)"), or undefined. Not an
 * outlet's name set off by a dash before the headline: "Hà Giang Today – Tuyên Quang's People's Committee has reported …".
 */
function listedOpening(lead: string): string | undefined {
  const run = /^(?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}\p{Lu}[\p{L}\p{M}\d]*/u.exec(lead)?.[0];
  if (run === undefined || OUTLET_RUN.test(lead.slice(0, run.length + 3))) return undefined;
  const words = run.split(/\s+/).slice(0, -1);
  for (let k = Math.min(3, words.length); k >= 1; k--) if (PLACES.has(foldPlace(words.slice(0, k).join(' ')))) return words.slice(0, k).join(' ');
  return undefined;
}

/** A run of capitalised words that is an outlet's name, or is set off by a dash: "… Today –", "… News", "… Online". */
const OUTLET_RUN = /\b(?:Today|News|Times|Post|Online|Daily|Herald|Weekly|Gazette|Tribune|Wire|Press|TV|Radio)\b|\s[–—-]\s?$/u;

/**
 * Where a gathering was held: "held a conference in Hà Nội", "their meeting in the central city of Đà Nẵng" name its venue, not what
 * the text is about. Group: what stays.
 */
const VENUE = new RegExp(String.raw`\b((?:conference|meeting|ceremony|forum|workshop|seminar|session|event|summit|held|hosted|organi[sz]ed|convened)`
  + String.raw`(?:\s+(?:on|last)\s+\p{Lu}\p{Ll}+)?)\s+in\s+(?:the\s+(?:\p{Ll}+\s+){0,2}(?:city|province)\s+of\s+)?\p{Lu}[\p{L}\p{M}]*`
  + String.raw`(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}`, 'gu');

/** A block opening with a dateline in capitals: "ĐÀ NẴNG — Đà Nẵng City opened …". */
const OPENING_DATELINE = new RegExp(`^${DATELINE.source.slice(1)}`, 'u');

/**
 * The place each block's targets are set for, when a text is a page of briefs, each opening with its own dateline
 * ("HÀ NỘI — …", "ĐÀ NẴNG — …") or a heading that opens with its place ("2. ĐỒNG NAI: Innovation centre opens"): a brief is
 * about that place, or the place its first paragraph names (see `leadPlace`), or the country; the blocks before the first
 * brief keep the text's place. A text with one dateline is one report. An item of briefs that opens with its place ("- Sơn
 * La: …") is about that place.
 */
export function briefPlaces(blocks: readonly { text: string; kind?: string }[], place: string | null): (block: number, at?: number) => string | null {
  const opening = blocks.flatMap((b, i) => (OPENING_DATELINE.test(b.text) || headingPlace(b.text) ? [i] : []));
  // (A list's markers are read away: its lines open with the place.)
  const listed = (b: { text: string; kind?: string }) => (b.kind === 'list' ? `- ${b.text.replace(/\n/g, '\n- ')}` : b.text);
  const items = blocks.some((b) => ITEM_PLACE_ANYWHERE.test(listed(b)));
  if (opening.length < 2 && !items) return () => place;
  const places = blocks.map(() => place);
  if (opening.length >= 2) {
    opening.forEach((start, k) => {
      const here = headingPlace(blocks[start]!.text) ?? leadPlace(blocks[start]!.text);
      for (let i = start; i < (opening[k + 1] ?? blocks.length); i++) places[i] = here;
    });
  }
  // (A list's items may be one block: the item is the line `at` is on.)
  const itemAt = (block: number, at: number) => {
    const text = blocks[block]?.text ?? '';
    const line = text.slice(text.lastIndexOf('\n', Math.max(0, at - 1)) + 1);
    return itemPlace(blocks[block]?.kind === 'list' ? `- ${line}` : line);
  };
  return (block, at = 0) => (items ? itemAt(block, at) : null) ?? places[block] ?? place;
}

/**
 * A brief's heading that opens with its place in capitals and a colon: "1. HÀ TĨNH: AI assistants for every commune", or a newsletter's
 * item by its number, place and day: "1 | CA MAU · Wed 14/10". Group: the place.
 */
const HEADING_PLACE = /^(?:\d{1,2}(?:[.)]|\s*\|)\s*)?((?:\p{Lu}[\p{Lu}\p{M}]+\s+){0,3}\p{Lu}[\p{Lu}\p{M}]+)\s*(?::|·|\|)\s/u;
/** An item of a list of briefs that opens with its place and a colon: "- Sơn La: 4G now reaches …". Group: the place. */
const ITEM_PLACE = /^[-•*–]\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})\s*:\s/u;
const ITEM_PLACE_ANYWHERE = new RegExp(ITEM_PLACE.source, 'mu');

/** The listed province or city a brief's heading opens with, as its scope is written, or null. */
function headingPlace(text: string): string | null {
  const name = HEADING_PLACE.exec(text)?.[1];
  return name && PLACES.has(foldPlace(name)) ? canonicalPlace(name) : null;
}

/** The listed province or city an item of briefs opens with, as its scope is written, or null. */
function itemPlace(text: string): string | null {
  const name = ITEM_PLACE.exec(text)?.[1];
  return name && PLACES.has(foldPlace(name)) ? canonicalPlace(name) : null;
}

/** What marks a target in a local text as the country's: the nation, its bodies, its central instruments. */
const NATIONAL = new RegExp(String.raw`\b(?:[Nn]ationally|[Nn]ational(?=\s+(?:targets?|goals?|average|level|requirements?|figures?|plans?`
  + String.raw`|strategy|programs?|programmes?|digital))|[Nn]ationwide|GDP|[Tt]he (?:whole )?country|countries|(?:a`
  + String.raw`|an)\s+(?:[\p{L}-]+,?\s+){0,3}nation\b|[Cc]ountry[’']s|Vietnam|Viet Nam|[Tt]he Government|Government[’']s|[Tt]he Politburo`
  + String.raw`|Politburo[’']s|the Party Central|the Prime Minister|Prime Minister[’']s|the Central)\b|\/(?:NQ|QĐ|QD|KL|CT)-(?:TW|CP|TTg)\b`, 'u');

/**
 * Where a target applies: a province or city its clause or sentence names, with its kind or as a
 * listed place ("Quang Binh aims …", "For Nghệ An, …"; after the figure at `figureAt`, only when the
 * sentence does not say the target is the country's); for an item of a list, what the list's
 * frame ("The plan sets the following targets:", `frame`) names; in a national text, the whole
 * country; in a local text (`place`, from its lead), the country when the sentence says so (the
 * nation, its bodies and central instruments, GDP, ranks among countries), else the place. `block`: the paragraph the
 * figure is in, whose bodies `documentScopes` may be given.
 */
export function scopeOf(
  clause: string, sentence: string, place: string | null, benchmarked = false, frame: string | null = null, figureAt = sentence.length, block = -1,
): string {
  return documentScopes()(clause, sentence, place, benchmarked, frame, figureAt, block);
}

/**
 * `scopeOf` for the figures of one document, in order: what it reads of a sentence, a clause or a
 * list's frame is kept for the next figure, since the figures of a sentence and the items of a list
 * come one after another. A sentence of thousands of figures was read again for each.
 */
export function documentScopes(
  bodiesOf: (block: number) => readonly Body[] = () => [], subject: () => Body | undefined = () => undefined, text: () => string = () => '',
  names?: () => Names,
): typeof scopeOf {
  const [sentences, clauses, frames] = [lastRead(), lastRead(), lastRead()];
  // The body the last sentence's targets were set by, for the next sentence's "It also aims …".
  let told: { sentence: string; body: Body | undefined } | undefined;
  // The body the last sentence's own targets are of, by its kind.
  let office: { sentence: string; kind: string; name: string | undefined } | undefined;
  // The body that aimed at a thing itself in a sentence of the paragraph before (see `aimingBody`), and that paragraph.
  let aimed: { block: number; body: string } | undefined;
  // (A name read with its article, "The Vân Đồn Special Zone", is the name.)
  return (...args) => read(...args).replace(LEADING_THE, '');
  function read(...[clause, sentence, place, benchmarked = false, frame = null, figureAt = sentence.length, block = -1]: Parameters<typeof scopeOf>) {
    const whole = sentences(sentence);
    // (A commune that aims at a thing itself, "Mường Khương commune aims for:", is the target's, whatever province the sentence names.)
    const commune = clauses(clause).commune() ?? whole.commune() ?? (frame === null ? null : frames(frame).commune());
    if (commune) return commune;
    // ("In this year's enrolment, the ward aims to:": the ward the text names, in a text about one.)
    // (Read once per clause, sentence and frame: a sentence of thousands of figures is not read again for each.)
    const theCommune = clauses(clause).theCommune() ?? whole.theCommune() ?? (frame === null ? undefined : frames(frame).theCommune());
    // (The one its sentence names first, else the text's first: a report may name other communes before.)
    const namedCommune = theCommune ? communeNamed(sentence, theCommune) ?? communeNamed(text(), theCommune) : null;
    if (namedCommune) return namedCommune;
    const named = clauses(clause).named() ?? whole.named();
    // (Not the place in the name of a body that aims at a thing itself, below: "the Hà Tĩnh Provincial Committee of the Vietnam Fatherland
    // Front aims for all 69 commune-level Front committees to …" is the committee's.)
    const aimingNamed = named && names ? whole.aiming(names().organizations) : undefined;
    if (aimingNamed?.includes(named!)) { aimed = { block, body: aimingNamed }; return aimingNamed; }
    // (Nor the place in the name of a body of government that says the aim is its own: "The Office of the Đồng Tháp Provincial Party
    // Committee, for its part, aims to …" is the office's.)
    const ownHere = named ? clauses(clause).ownKind() ?? whole.ownKind() : undefined;
    const ownName = ownHere === undefined ? undefined : officeNamed(ownHere, sentence, text, names);
    if (ownName && named && foldPlace(ownName).includes(foldPlace(named))) { aimed = { block, body: ownName }; return ownName; }
    if (named) return canonicalPlace(named);
    // A place no list holds, that opens the sentence as the subject of its aim and that the text names with its kind elsewhere
    // ("Phongsaly aims to connect 80% of its villages …" beside "a delegation of Phongsaly province, Lao PDR").
    const placeAiming = whole.aimingPlace(text);
    if (placeAiming) return placeAiming;
    // A ministry's, a department's or an office's target for itself ("The department itself aims …"; see own-office.ts).
    // (Read once per clause and sentence, named once per sentence: a sentence of thousands of figures is not read again for each.)
    // (Or one the sentence before says has work of its own: "… her department had its own work to do. From 2031, it will process …".)
    const kind = clauses(clause).ownKind() ?? whole.ownKind() ?? whole.ownWork(text);
    if (kind !== undefined) {
      if (office?.sentence !== sentence || office.kind !== kind) office = { sentence, kind, name: placed(officeNamed(kind, sentence, text, names), place) };
      if (office.name) { aimed = { block, body: office.name }; return office.name; }
    }
    // "1. The Ministry of Science and Technology shall: … b) As an aim for its own administrative procedures, cut the time …": the item is
    // the ministry's own.
    const duty = frame === null ? undefined : dutyOwnKind(frame, sentence);
    const dutyOwn = duty === undefined ? undefined : officeNamed(duty, frame!, text, names);
    if (dutyOwn) return dutyOwn;
    // A firm's or a university's own target (see bodies.ts), in its clause or its sentence, or the sentence before's ("It also …").
    const bodies = bodiesOf(block);
    if (bodies.length > 0) {
      // (The body a sentence's first figure took is its later figures' too: "It aims to train … and to rank among …".)
      const before = told?.body;
      // (Or the page's own firm, whose "we" the sentence is in: "From 2030, we will resolve every billing complaint within 48 hours" on
      // a water company's page.)
      const ours = WE_SUBJECT.test(clause) ? bodies.find((b) => b.speaker) ?? bodies.find((b) => b.class === 'firm') : undefined;
      // (Not the subject of a sentence whose figure is a document's aim, in a relative clause: "The company is laying fibre under the
      // province's Plan No. 2952/KH-UBND on …, which aims for fixed broadband to reach every hamlet …" is the plan's, the province's.)
      // (Read in the figure's clause, within DOCUMENT_AIM_REACH before it: a sentence of thousands of figures is not read whole for each.)
      const documents = figureAt <= sentence.length
        && DOCUMENT_AIM.test(sentence.slice(Math.max(sentence.lastIndexOf(';', figureAt) + 1, figureAt - DOCUMENT_AIM_REACH), figureAt));
      const body = documents ? undefined
        : bodyIn(clause, bodies) ?? bodyIn(sentence, bodies) ?? (before && CONTINUED.test(sentence) ? before : undefined) ?? ours;
      if (told?.sentence !== sentence || body) told = { sentence, body };
      if (body) return body.name;
    }
    // Another body that aims at a thing itself: "An Giang Social Insurance aims to pay all pensions …".
    // (By its full name where it is an acronym the text spells out: "ARCF" is the "Aurora Rural Connectivity Fund (ARCF)".)
    const aiming = names ? spelledOut(whole.aiming(names().organizations), names()) : undefined;
    if (aiming) { aimed = { block, body: aiming }; return aiming; }
    // A place named after the figure of a national target is where part of it goes ("10 centres nationwide, including one in Can Tho").
    const listed = whole.runs().before(figureAt).concat(whole.national() ? [] : whole.runs().after(figureAt));
    if (listed.length > 0) return place !== null && listed.includes(place) ? place : listed[0]!;
    if (frame !== null) {
      const framing = frames(frame);
      // "By the end of 2029, the Customs Sub-Department of Region XXVI aims to:": the items are the agency's own.
      // (By its full name where it is an acronym the text spells out: "By the end of 2032, HTMO aims to:".)
      const aimingFrame = names ? spelledOut(framing.aiming(names().organizations), names()) : undefined;
      if (aimingFrame) return aimingFrame;
      // "(Director of the Hưng Yên Provincial Library … writes: "…") By 2033, the library aims to:": the library's own, not its place's.
      const service = frameServiceKind(frame);
      const served = service === undefined ? undefined : officeNamed(service, frame, text, names);
      if (served) return served;
      const framed = framing.named() ?? framing.places()[0];
      if (framed) return canonicalPlace(framed);
      // "By 2030 VietLink aims to:": the items are the firm's.
      const body = bodies.length > 0 ? bodyIn(frame, bodies) : undefined;
      if (body) return body.name;
      // ("By the end of 2031, the office aims to:" on a notary office's page: the office's own.)
      const bodyKind = names ? frameBodyKind(frame, names().organizations) : undefined;
      const bodyNamed = bodyKind === undefined ? undefined : officeNamed(bodyKind, frame, text, names);
      if (bodyNamed) return bodyNamed;
      // "… the ministry aims by the end of the year to:": the items are the ministry's own.
      const kind = frameOwnKind(frame);
      const own = kind === undefined ? undefined : officeNamed(kind, frame, text, names);
      if (own) return own;
      // "The plan sets the following goals by 2030 (national targets in brackets):": what its brackets say is of the benchmarks.
      // (So is a frame that says so in words: "each with the province's result, its target and, in brackets, the national target".)
      // "… which carries out the Politburo's Resolution 57-NQ/TW. Under the plan, by the end of 2030 the province is to reach:": the
      // sentence that opens the list says whose the items are.
      // (Nor is a list the country's for a national instrument an earlier sentence says the plan carries out.)
      const opening = lastSentence(frame);
      const national = opening === frame ? framing.national() : NATIONAL.test(opening);
      if (place !== null && opening !== frame && LOCAL_BODY.test(opening) && !national) return place;
      if (national && !IN_BRACKETS.test(frame) && (!frame.includes('(') || NATIONAL.test(frame.replace(BRACKETED, ' ')))) return 'Vietnam';
      if (place !== null && framing.local()) return place;
    }
    // "Under the plan, by 2030 the Confederation aims to train …. At least 300 grassroots trade unions are to …": the later sentences of
    // the paragraph go on with that body's aims, where they name no one else's.
    if (aimed !== undefined && aimed.block === block && block >= 0 && !whole.national()) return aimed.body;
    // A text about a firm (its title names it) sets the firm's targets where a sentence names no one else's.
    if (place === null) return (whole.national() ? undefined : subject()?.name) ?? 'Vietnam';
    if (benchmarked) return place;
    // ("By 2035, every commune health station in the country is to be connected …; … provincial hospitals": the whole country's, whatever
    // its things are called.)
    if (whole.local() && !IN_THE_COUNTRY.test(sentence)) return place;
    return whole.national() ? 'Vietnam' : place;
  }
}

/** Words that say a sentence's figures are the whole country's: "in the country", "across the country", "nationwide". */
// (Not the whole a rank is among: "among the ten leading provinces nationwide", "the top 5 localities in the country".)
// (Nor a rank's place: "to rank in the top 3 nationwide".)
const IN_THE_COUNTRY = new RegExp(String.raw`(?<!\b(?:provinces|localities|cities|places|units|ones|regions)\s+|\btop\s+\w+\s+)`
  + String.raw`(?:\b(?:in|across|throughout)\s+the\s+(?:whole\s+)?country\b|\bnationwide\b)|\bthe\s+whole\s+country\b`, 'i');

/** An article opening a name. */
const LEADING_THE = /^[Tt]he\s+(?=\p{Lu})/u;

/**
 * A provincial department a local text names without its place ("the Department of Home Affairs" in a Khánh Hòa notice): the place's. Not
 * a ministry's department ("Department of Land Management under the Ministry of …").
 */
function placed(name: string | undefined, place: string | null): string | undefined {
  if (name === undefined || place === null || !/^Department\s+of\s/.test(name) || /\b(?:Ministry|under)\b/.test(name)) return name;
  return `${place} ${name}`;
}

/** An acronym's full name, as the entity stage resolved the text's definition of it ("Aurora Rural Connectivity Fund (ARCF)"), else the name as given. */
function spelledOut(name: string | undefined, names: Names): string | undefined {
  return name !== undefined && /^\p{Lu}{2,8}$/u.test(name) ? names.nameOf?.(name) ?? name : name;
}


/** A capitalized name that opens a sentence or a list's item, before its aim: "Phongsaly aims to …", "- Luang Namtha also plans to …". */
const OPENING_NAME = /^(?:[-•*–]\s+)?((?:\p{Lu}[\p{L}\p{M}]*\s+){0,2}\p{Lu}[\p{L}\p{M}]*)(?=\s)/u;

/** A name opened by a determiner ("The province", "Each commune"): no place's. */
const OPENS_DETERMINED = new RegExp(`^${DETERMINER}`, 'u');

/** The place `sentence` opens with as the subject of its aim, when the document names it with its kind ("Phongsaly province"). */
function aimingPlace(sentence: string, whole: () => string): string | undefined {
  const name = OPENING_NAME.exec(sentence);
  if (!name || !AIMS.test(sentence.slice(name[0].length)) || OPENS_DETERMINED.test(name[1]!)) return undefined;
  const place = escapeRegExp(name[1]!);
  const kind = new RegExp(String.raw`(?<![\p{L}\p{M}])${place}\s+(?:[Pp]rovince|[Cc]ity)\b|\b(?:[Pp]rovince|[Cc]ity)\s+of\s+${place}(?![\p{L}\p{M}])`, 'u');
  return kind.test(whole()) ? canonicalPlace(name[1]!) : undefined;
}

/** A remark in brackets. */
const BRACKETED = /\([^()]*\)/g;
/** Words that tell what the brackets of a list hold. */
const IN_BRACKETS = /\bin\s+(?:brackets|parentheses)\b/i;

/** A sentence that goes on with the subject of the one before: "It also aims …", "They plan …". */
const CONTINUED = /^(?:It|They)\s/;

/** What `scopeOf` reads of a text (a clause, a sentence, a frame), each part when first needed. */
interface Reading {
  named: () => string | null;
  commune: () => string | null;
  ownKind: () => string | undefined;
  /** The kind of a commune or ward the text tells by its kind as the subject of an aim ("the ward aims to:"). */
  theCommune: () => string | undefined;
  national: () => boolean;
  local: () => boolean;
  places: () => string[];
  runs: () => PlaceRuns;
  /** The place the text opens with as the subject of its aim, when `text` (the document's) names it as a province or a city. */
  aimingPlace: (text: () => string) => string | undefined;
  /** The kind of body whose aims the text tells by "it", the sentence before it in the document's `text` saying it has work of its own. */
  ownWork: (text: () => string) => string | undefined;
  /** The organization of `organizations` the text names as the subject of its aim (see `aimingBody`). */
  aiming: (organizations: readonly string[]) => string | undefined;
}

/** The reading of the last text asked about, kept while the same text is asked about again. */
function lastRead(): (text: string) => Reading {
  let last: { text: string; reading: Reading } | undefined;
  return (text) => {
    if (last?.text !== text) {
      last = {
        text, reading: {
          named: once(() => placeNamed(unformer(text))), commune: once(() => communeAiming(text)), ownKind: once(() => ownKind(text)),
          theCommune: once(() => THE_COMMUNE_AIMS.exec(text)?.[1]?.toLowerCase()),
          ownWork: oncePer((whole) => ownWorkKind(text, whole())),
          national: once(() => NATIONAL.test(text)), local: once(() => LOCAL_BODY.test(text)),
          places: once(() => placesIn(unformer(undated(text)))), runs: once(() => placeRuns(unformer(undated(text)))),
          aiming: oncePer((organizations) => aimingBody(text, organizations)), aimingPlace: oncePer((whole) => aimingPlace(text, whole)),
        },
      };
    }
    return last.reading;
  };
}

/** A place named as it was before the 2025 mergers: "the former Thái Bình province", "the former Quảng Nam (area)". */
// (Or what a place was: "in what was Bắc Giang province until it merged with Bắc Ninh in 2025".)
const FORMER_PLACE = /\b(?:former|what\s+was(?:\s+then)?)\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*(?:\s+(?:province|city|area))?/gu;

/**
 * A text without the places it names as former ones, blanked to keep its offsets: a target for "the communes of the former Quảng
 * Nam" is the merged province's or city's, which the text is about, not the old province's.
 */
const unformer = (text: string) => (/former|what\s+was/.test(text) ? text.replace(FORMER_PLACE, (m) => ' '.repeat(m.length)) : text);

/**
 * A text without its opening dateline, blanked to keep its offsets: a dateline says where the report was filed ("HÀ NỘI — the
 * ministry …" is no target of Hanoi's); the place a local report is about is read from its lead (`leadPlace`).
 */
const undated = (text: string) => text.replace(OPENING_DATELINE, (line) => ' '.repeat(line.length));

/** A place as its scope is written: a listed province or city by its listed name ("Nghệ An" → "Nghe An", "Hanoi City" → "Hanoi"), any other as found. */
export function canonicalPlace(name: string): string {
  return PLACES.get(foldPlace(name)) ?? name;
}
