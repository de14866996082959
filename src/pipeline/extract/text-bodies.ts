import { foldPlace, PLACES } from './lexicon/provinces.ts';
import { once } from '../once.ts';

/**
 * Bodies that set targets of their own: a firm ("the company targets 5G coverage of 95% …") or a university, institute or
 * hospital ("the university targets: commercialising at least 30 technologies …"). Their targets are theirs, not the
 * country's or the province's, however the sentence names the country ("95% of Vietnam's population").
 */

/** What kind of body: a firm, a school (universities, institutes, academies, hospitals, foundations), or a park (hi-tech parks, zones). */
type BodyClass = 'firm' | 'school' | 'park';

/** A body a text is about: its name as a scope, and the words that refer to it (its name and acronym). */
export interface Body {
  name: string;
  class: BodyClass;
  forms: string[];
  /** The body a paragraph's speaker calls their own ("my company"), whom its "we" and "our" refer to (see `ownBodies`). */
  speaker?: true;
}

/** The short name a body is defined with: an acronym ("SVT"), one ending in lower case ("TSTel", "VPBank") or a name run together ("MekongBank"). */
const SHORT_NAME = String.raw`\p{Lu}[\p{Lu}\d&]{1,7}|\p{Lu}{2,6}(?:\p{Lu}\p{Ll}{1,6}|\p{Ll}{1,6})|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]{1,10}`;
/** A body's name as it is defined, on one line: capitalised words, "of", "and" or "for" between them. As a regular expression source. */
const DEFINED_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}’'&.-]*[^\S\n]+(?:(?:of|and|for)[^\S\n]+)?){1,8}\p{Lu}[\p{L}\p{M}’'&.-]*`;
/** A name defined with its acronym, on one line: "Sao Viet Telecom Joint Stock Company (SVT)". Groups: the name, the acronym. */
const DEFINED = new RegExp(String.raw`(${DEFINED_NAME})[^\S\n]+`
  + String.raw`\((${SHORT_NAME})\)`, 'gu');
/**
 * A name defined with a short name and an acronym: "Hong Ha Commercial Joint Stock Bank (Hong Ha Bank, HHB)". Groups: the name, the
 * short name (the one the text goes on with, and the scope), the acronym.
 */
const DEFINED_SHORT = new RegExp(String.raw`(${DEFINED_NAME})[^\S\n]+`
  + String.raw`\(((?:\p{Lu}[\p{L}\p{M}’'&.-]*[^\S\n]+){1,3}\p{Lu}[\p{L}\p{M}’'&.-]*),[^\S\n]+(${SHORT_NAME})\)`, 'gu');
/** An acronym in brackets, which DEFINED needs. */
const ACRONYM = new RegExp(String.raw`\(${SHORT_NAME}\)`, 'u');
/** A body of the State, no firm though its name has a word of trade ("the State Bank of Vietnam"): its programmes are the country's. */
const STATE = /^(?:The\s+)?State\s/;
/** What makes a name a firm's: its legal form or a word of trade ("Kim Sơn Sedge Weaving Cooperative" trades for its members). */
const FIRM = new RegExp(String.raw`\b(?:Joint\s+Stock|JSC|Company|Co\.|Corporation|Corp\.?|Ltd\.?|Limited|LLC|Inc\.?|Holdings|Telecom|Bank|Group`
  + String.raw`|Consortium|Semiconductor|Electronics|Cooperative|Co-operative)\b`);
/** The kinds of schools and parks, as a name ends with them and as a text refers to one ("the university"). */
const SCHOOL_KINDS = ['university', 'college', 'academy', 'institute', 'hospital', 'foundation', 'school'];
const PARK_KINDS = ['park', 'zone'];
const capitalised = (kinds: string[]) => kinds.map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join('|');
/** What makes a name a school's. */
const SCHOOL = new RegExp(String.raw`\b(?:${capitalised(SCHOOL_KINDS)})\b`);
/** What makes a name a park's, whose management board sets its targets: "Hoa Lac Hi-tech Park", "Cam Ranh Digital Zone". */
const PARK = new RegExp(String.raw`\b(?:${capitalised(PARK_KINDS)})$`);
/** A park named in a lead: its capitalised words up to "Park" or "Zone". Group: the name. */
const PARK_NAME = new RegExp(String.raw`(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*\s+){1,4}(?:${capitalised(PARK_KINDS)}))\b`, 'gu');
/** PARK_NAME's cheap test. */
const PARK_WORD = new RegExp(String.raw`\b(?:${capitalised(PARK_KINDS)})\b`);
/**
 * A legal form written out, left out of a body's name as a scope: "Sao Viet Telecom Joint Stock Company" → "Sao Viet Telecom".
 * An abbreviated one is part of the name the firm goes by ("Mekong Silicon JSC").
 */
const LEGAL_FORM = /,?\s+(?:Joint\s+Stock\s+Company|Company\s+Limited|Limited\s+Liability\s+Company)$/;
/** The kinds a body is referred to by ("company", "university"), as a group. */
/** "school" as a body, not as a word for what a school does or has: "the school year", "school fees" (the school's pupils are its own). */
const SCHOOL_BODY = String.raw`school(?![\s-](?:years?|terms?|levels?|age|days?|holidays?|fees?|meals?|leavers?)\b)`;
const KIND_NOUNS = String.raw`(company|firm|operator|carrier|corporation|group|enterprise|consortium|cooperative`
  + String.raw`|${SCHOOL_KINDS.map((k) => (k === 'school' ? SCHOOL_BODY : k)).join('|')}|${PARK_KINDS.join('|')})`;
/** "the company", "the university's", "our college": a body referred to by its kind. Group: the kind. */
const KIND = new RegExp(String.raw`\b(?:the|its|my|our)\s+${KIND_NOUNS}(?:[’']s)?\b`, 'gi');
/** The class of body each kind in KIND refers to. */
const classOfKind = (kind: string): BodyClass => (SCHOOL_KINDS.includes(kind.toLowerCase()) ? 'school'
  : PARK_KINDS.includes(kind.toLowerCase()) ? 'park' : 'firm');

/**
 * The bodies a text is about: those its lead defines with an acronym, then the organizations its mentions name (`named`) that
 * its lead names, each a firm or a school by the shape of its name; none of other kinds (ministries, committees). A body the
 * text names only later is a partner ("together with Hong Linh University"), not the one setting its targets.
 */
export function documentBodies(lead: string, named: readonly string[], formsOf: (name: string) => readonly string[] = () => []): Body[] {
  const out: Body[] = [];
  const add = (name: string, acronym?: string, written: readonly string[] = [], short?: string) => {
    const cls: BodyClass | undefined = SCHOOL.test(name) ? 'school' : PARK.test(name) ? 'park' : FIRM.test(name) && !STATE.test(name) ? 'firm' : undefined;
    const scope = short ?? name.replace(LEGAL_FORM, '').trim();
    if (!cls || out.some((b) => b.name === scope)) return;
    out.push({ name: scope, class: cls, forms: [...new Set([name, scope, ...(acronym ? [acronym] : []), ...written])] });
  };
  // Cheap tests first: most leads define no acronym and name no park.
  if (ACRONYM.test(lead)) for (const m of lead.matchAll(DEFINED)) add(m[1]!.replace(/^(?:The|A|An)\s+/, ''), m[2]);
  // (Named by the short name it defines, which the text goes on with: "Hong Ha Bank".)
  if (lead.includes(',')) for (const m of lead.matchAll(DEFINED_SHORT)) add(m[1]!.replace(/^(?:The|A|An)\s+/, ''), m[3], [m[2]!], m[2]);
  // An organization named as the text writes it where it is linked ("Sao Việt Telecom", "VNCore" for the firms named in full before).
  for (const name of named) {
    const written = [...formsOf(name), ...shortForms(name)].filter((f) => f !== name && /^\p{Lu}/u.test(f));
    // (Or as a document's heading prints it, in capitals: "DUYEN HAI UNIVERSITY OF TECHNOLOGY".)
    if (lead.includes(name) || lead.includes(name.toUpperCase()) || written.some((f) => lead.includes(f))) add(name, undefined, written);
  }
  if (PARK_WORD.test(lead)) for (const m of lead.matchAll(PARK_NAME)) add(m[1]!);
  return out;
}

/** A firm's legal form and the words of its trade that end its full name: "(Sao Viet Telecom) Joint Stock Company", "(VNCore) Networks JSC". */
const TRADE_TAIL = /(?:,?\s+(?:Joint\s+Stock|JSC|Company|Co\.|Corporation|Corp\.?|Ltd\.?|Limited|LLC|Inc\.?|Holdings|Group|Networks?))+$/;
/** A coined name, with a capital inside it ("VNCore", "MekongBank"), which a firm goes by alone. */
const COINED = /^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u;

/**
 * The shorter names a firm goes by after its full name: without its legal form and trade ("Mekong Mobile" for "Mekong Mobile
 * Corporation"), or its coined first word ("VNCore" for "VNCore Networks JSC").
 */
function shortForms(name: string): string[] {
  if (!FIRM.test(name)) return [];
  const short = name.replace(TRADE_TAIL, '').trim();
  const words = short.split(/\s+/);
  const first = words[0]!;
  // "Kim Van" for "Kim Van Technology JSC": the name's first words, of two or more, that are no place's name or its start.
  const heads = words.slice(0, -1).map((_, k) => words.slice(0, k + 1).join(' '))
    .filter((h) => h.includes(' ') && !/\s(?:of|and|for|the|&)$/i.test(h) && !placeStart(h));
  return [short, ...(short !== first && first.length >= 4 && COINED.test(first) ? [first] : []), ...heads]
    .filter((f) => f !== name && f.length >= 3);
}

/** Whether words are a listed place's name or the start of one ("Ho Chi", "Ho Chi Minh City", "Ha Noi"). */
const placeStart = (words: string): boolean => PLACE_STARTS().has(foldPlace(words));
/** Every listed place's name and the starts of it, word by word, folded: made once. */
const PLACE_STARTS = once(() => new Set([...PLACES.keys()].flatMap((place) => place.split(' ').map((_, k, w) => w.slice(0, k + 1).join(' ')))));

/** A speaker speaking for their body: "We have set ourselves the goal of …". */
const FIRST_PERSON = /\b(?:we|our|us|ourselves)\b/i;
/** "my company", "our university": a speaker's own body, referred to by its kind. Group: the kind. */
const OWN_KIND = new RegExp(String.raw`\b(?:my|our)\s+${KIND_NOUNS}\b`, 'gi');

/**
 * The bodies a paragraph's speaker calls their own ("My company alone could use 300 engineers", "our university aims to enrol
 * 1,200 students"): of each kind so referred to, the one body of that class the whole text names (`all`), if it names one only.
 * A guest list or a signature far from the lead names who "my company" is.
 */
export function ownBodies(paragraph: string, all: () => readonly Body[]): Body[] {
  const out: Body[] = [];
  for (const m of paragraph.matchAll(OWN_KIND)) {
    const of = all().filter((b) => b.class === classOfKind(m[1]!));
    if (of.length === 1 && !out.some((b) => b.name === of[0]!.name)) out.push({ ...of[0]!, speaker: true });
  }
  return out;
}

/**
 * The body a clause's target is set by: one it names by name or acronym, else one it refers to by kind ("the company",
 * "the university's revenue") when the text is about a body of that kind; undefined when the clause names none.
 */
export function bodyIn(clause: string, bodies: readonly Body[]): Body | undefined {
  if (bodies.length === 0) return undefined;
  const byName = bodies.find((b) => b.forms.some((f) => wordIn(clause, f)));
  if (byName) return byName;
  for (const m of clause.matchAll(KIND)) {
    const cls = classOfKind(m[1]!);
    // "the consortium": the body named with that word ("Vietnam Semiconductor University Consortium"), whatever its class.
    const word = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
    const body = bodies.find((b) => b.name.split(/\s+/).includes(word)) ?? bodies.find((b) => b.class === cls);
    if (body) return body;
  }
  return FIRST_PERSON.test(clause) ? bodies.find((b) => b.speaker) : undefined;
}

/** A preposition right before a name: the body is a partner or a place ("together with X", "at X"), not who sets the target. */
const AFTER_PREPOSITION = /\b(?:with|by|for|from|to|and|of|at|in|between|among)\s+(?:the\s+)?$/i;

/** Whether a text has a name as a whole word, as a subject or a possessive ("X aims", "X's revenue"), not after a preposition. */
function wordIn(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + name.length];
    const whole = (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
    const possessive = /^[’']s\b/.test(text.slice(at + name.length));
    if (whole && (possessive || !AFTER_PREPOSITION.test(text.slice(Math.max(0, at - 20), at)))) return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}
