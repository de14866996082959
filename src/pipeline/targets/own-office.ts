import { foldPlace, PLACES } from '../extract/lexicon/provinces.ts';
import { AIM_SET, FROM_OR_BY_YEAR } from './reported.ts';
import { HANDLING_SOURCE } from './handling.ts';

/**
 * A public body's targets for itself: "The department itself aims to handle 100 per cent of its own administrative procedures
 * online", "The office has also set targets for itself: …", "his department aims to …", "all 96 of the ministry's administrative
 * procedures". Such a target is the body's (a ministry, a provincial department, an office or agency), not the country's or the
 * province's; the body's other figures (its sector's, its province's) stay theirs. Its scope is the body's name as the text
 * first writes it in full ("Lâm Đồng Department of Science and Technology").
 */

/** The kinds of public body that set targets for themselves, as a text refers to one ("the department"). */
// (A sub-department before a department, whose name it holds: "the Thanh Hóa Sub-department of Standards, Metrology and Quality".)
const KINDS = String.raw`(ministry|sub-department|department|office|agency|authority|directorate|police)`;
/** Capitalised words, of a name or a place, in any script. */
// (Or joined by a hyphen: "Hydro-Meteorological".)
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*`;
/** What may run on after a kind's "of": "Science and Technology", "the Interior", "Vietnam". */
// (A ministry's or a department's fields may be a list with commas: "of Culture, Sports and Tourism".)
const OF_PART = String.raw`\s+of\s+(?:the\s+)?${WORD}(?:,\s+${WORD})*(?:\s+(?:and|of|for)\s+${WORD}|\s+${WORD}){0,5}`;

/** The kinds of body whose own deeds a text may state by the kind alone: KINDS, and a foundation, a centre, a union and the like. */
// (Or a bank that regulates, handling what it is sent: "the State Bank will answer every application …".)
const BODY_KINDS = String.raw`ministry|department|office|agency|authority|directorate|foundation|fund|centre|center|association|federation`
  + String.raw`|confederation|union|chamber|alliance|command|bank`;
/** A body's code after its name: " 98-03D" of "Bắc Ninh Motor Vehicle Inspection Centre 98-03D". As a pattern's source. */
const BODY_CODE = String.raw`\s+\d{1,3}-\d{1,3}[A-Z]?`;
/** The kinds of body that serve the public themselves, whose aims are their own. */
const SERVICE_KINDS = String.raw`library|museum|hospital|clinic|school|theatre|archives|station|airport|seaport|port`;
/** The kinds of body that say they set an aim for their own work: KINDS, and BODY_KINDS and the like. Group: the kind. */
const SETTING_KINDS = String.raw`(ministry|sub-department|department|office|agency|authority|directorate|police|foundation|fund|centre|center|association`
  + String.raw`|federation|confederation|union|chamber|alliance|network|institute|academy|university|school|college|hospital|cooperative|exchange`
  // (A zone's or a park's management board: "The management board has also set a deadline for its own work:".)
  + String.raw`|management\s+board)`;
/** Deeds a body does itself, with its own money or staff: "fund", "support", "cut", "handle". */
// (Or its own size: "the Centre is to reach a staff of at least 120", "employ 300 engineers".)
// (Or answer those it serves: "The centre aims to answer 90% of questions through Sen, without an officer".)
// (Or any verb of handling what it serves: "The office aims to receive at least 70% of dossiers online", "… to deliver", "… to approve".)
const OWN_DEED = String.raw`(?:fund|finance|support|help|cut|train|hire|recruit|employ|open|digiti[sz]e|receive`
  + String.raw`|${HANDLING_SOURCE}`
  // (A fund's awards and grants are its own deeds too: "The Fund aims to award at least 1,200 scholarships by 2035".)
  + String.raw`|award`
  + String.raw`|(?:reach|have|grow\s+to)\s+a\s+(?:staff|workforce|headcount)\b`
  // (Or so many of its people trained: "the department aims to have at least 30 staff trained in information security".)
  + String.raw`|have\s+(?:(?:at\s+least|more\s+than|about)\s+)?\d[\d,]*\s+(?:staff|officials|employees|civil\s+servants|officers)\s+\p{Ll}+ed\b)`;

/**
 * A clause that says a body's target is its own. Group: the kind, in one of its four groups: "the department itself", "his
 * department aims", "the office has set targets for itself", "of the ministry's …".
 */
const OWN = new RegExp(
  String.raw`\b(?:the|its|his|her|my|our)\s+${KINDS}\s+itself\b`
    + String.raw`|\b(?:his|her|my|our)\s+${KINDS}\s+(?:also\s+)?(?:aims?|targets?|plans?|strives?|wants?|intends?|has\s+set|will|would)\b`
    // ("The … Department of Agriculture and Environment has set an aim for its own work:", "The Provincial Police have set an aim for
    // their own work:", "her own department had set itself a separate aim:", "The Tây Ninh Department of … has set its own aims …:".)
    // (Past a relative clause about it: "The Ministry of Science and Technology, which will run the programme, has set an aim for its own work:".)
    // (Its verb may be in the past: "The Department of Agriculture and Environment also set an aim for its own work:".)
    // (Or another body by its kind: "the association had set an aim of its own:", "the network had set itself an aim:".)
    // (Or in the present: "The Ministry of Science and Technology also sets itself a deadline:".)
    + String.raw`|\b${SETTING_KINDS}(?:${OF_PART})?(?:\s*,\s+(?:which|who)\s+[^,;:.]{2,80},)?\s+(?:(?:also\s+)?ha(?:s|d|ve)\s+)?(?:also\s+)?sets?\s+`
    + String.raw`(?:itself\b|its\s+own\b|(?:\w+\s+)?(?:targets?|goals?|aims?|deadlines?)\s+(?:for|of)\s+`
    + String.raw`(?:itself|themselves|(?:its|their)\s+own)\b)`
    // ("Director of the … Department of Industry and Trade X, whose department drafted the plan, said it had also set an aim for its own
    // work:": the body of the person the sentence names, by its kind.)
    + String.raw`|\b(?:whose|his|her|their)\s+${KINDS}\b[^.;:]{0,100}?\bit\s+(?:(?:also\s+)?ha[sd]\s+)?(?:also\s+)?set\s+(?:itself\s+)?`
    + String.raw`(?:\w+\s+)?(?:aims?|goals?|targets?)\s+(?:for|of)\s+its\s+own\b`
    // ("By 2032, the station aims to extend its automated flash-flood warnings …": a body that serves the public sets its own aims.)
    + String.raw`|\bthe\s+(${SERVICE_KINDS})\s+(?:also\s+)?(?:aims|plans|intends|strives)\s+to\b`
    // ("the institute's own goal was to train …": an aim the text says is the body's own.)
    + String.raw`|\b(?:the|its)\s+${SETTING_KINDS}[’']s\s+own\s+(?:goals?|aims?|targets?)\b`
    + String.raw`|\bof\s+the\s+${KINDS}[’']s\s`
    // "The Foundation aims to fund at least 40 projects", "the ministry aims to cut 30 per cent of the business conditions in its
    // sector": a body named by its kind that aims to do a thing itself (to fund, support, cut, handle …), not for others to reach one.
    // (Or is to, or will: "By 2031, the fund is to finance at least 120 projects".)
    + String.raw`|\bthe\s+(${BODY_KINDS})(?:${OF_PART})?\s+(?:also\s+)?(?:(?:aims|plans|intends|expects|is)\s+to|will)\s+${OWN_DEED}\b`
    // (Or named with its place and field, its year set off after "will": "the Bắc Ninh Department of Industry and Trade will, from 2030,
    // answer every request …", "The Hà Tĩnh Science and Technology Development Fund will also decide on every grant application …".)
    // (Or by its kind alone, past a clause about it, with "would" and its year with no commas, any one of a thing: "the department, which
    // took over the provincial data centre this month, would from this year restore any public service …".)
    + String.raw`|\bthe\s+(?:${WORD}(?:\s+and)?\s+){0,6}(${BODY_KINDS})(?:${OF_PART})?(?:\s*,\s+(?:which|who)\s+[^,;:.]{2,80},)?\s+(?:also\s+)?`
    + String.raw`(?:will|would)(?:,?\s+${FROM_OR_BY_YEAR},?)?\s+(?:also\s+)?(?:${HANDLING_SOURCE})\s+(?:every|each|any)\b`
    // ("By the end of 2031, the Bắc Ninh Motor Vehicle Inspection Centre 98-03D aims to keep the average wait …": a body that serves the
    // public, by its name and maybe its code, sets its own aims.)
    + String.raw`|\bthe\s+(?:${WORD}\s+){1,6}(centre|center|station|exchange|society|hospital|library|museum|port|airport)(?:\s+\d[\dA-Z]*(?:-[\dA-Z]+)*)?`
    + String.raw`\s+(?:also\s+)?aims\s+to\b`
    // (Or any of a thing it handles within a time, the kind a board's too: "from 2032, the management board will approve land-lease dossiers
    // for logistics projects within 10 working days".)
    + String.raw`|\bthe\s+(?:${WORD}(?:\s+and)?\s+){0,6}${SETTING_KINDS}(?:${OF_PART})?\s+(?:also\s+)?(?:will|would|is\s+to)(?:,?\s+${FROM_OR_BY_YEAR},?)?`
    + String.raw`\s+(?:also\s+)?(?:${HANDLING_SOURCE})\s+[^.;]{2,80}?\s+within\s+\d`
    // (Or a bulletin it is to put out itself, how often: "From 2032, the Đắk Lắk Sub-department of Crop Production and Plant Protection
    // will publish a drought-risk bulletin at least twice a week".)
    + String.raw`|\bthe\s+(?:${WORD}(?:\s+and)?\s+){0,6}(${BODY_KINDS}|sub-department)(?:${OF_PART})?\s+(?:also\s+)?(?:will|would|is\s+to)\s+(?:also\s+)?`
    + String.raw`(?:publish|issue|update|release|broadcast|send\s+out)\s+[^.;]{2,80}?\b(?:once|twice|\S+\s+times)\s+(?:a|an|per|each|every)\s+`
    + String.raw`(?:day|week|month|quarter|year)\b`
    // (Or would, as a speaker is reported, the figure its deed's object: "He said the department would certify 50 … enterprises by 2030";
    // not "… the ministry would publish the list of units" beside another's figure.)
    + String.raw`|\bthe\s+(${BODY_KINDS})(?:${OF_PART})?\s+would\s+${OWN_DEED}\s+(?:(?:at\s+least|about|some|more\s+than)\s+)?\d`
    // "For its own staff, the Department of Home Affairs aims for every civil servant …": an aim it says is for its own people or work.
    + String.raw`|\bfor\s+its\s+own\s+(?:staff|work|employees|officials|people|personnel|operations)\s*,\s+the\s+(?:${WORD}\s+){0,3}${KINDS}`
    + String.raw`(?:${OF_PART})?\s+(?:also\s+)?(?:aims|plans|intends|strives|has\s+set|will|is)\b`
    // "The Ministry of Health shall lead the Programme … and, as an aim for its own work, from 2032 decide on every application …": the
    // duties a text gives a body, one of them its own aim.
    + String.raw`|\bthe\s+${KINDS}(?:${OF_PART})?\s+(?:shall|will|must|is\s+to)\s[^.;]{0,200}?\bas\s+an?\s+(?:aim|goal|target)\s+for\s+its\s+own\b`
    // "For its own part, the Bắc Ninh Provincial Party School will, from 2031, teach …": the same, its part set off before it.
    + String.raw`|\bfor\s+its\s+own\s+part\s*,\s+the\s+(?:${WORD}\s+){0,6}${SETTING_KINDS}(?:${OF_PART})?\s+(?:also\s+)?`
    + String.raw`(?:aims|plans|intends|is|will|has\s+set)\b`
    // "The department, for its part, aims to answer every … feedback item": what it aims for as against others' targets.
    + String.raw`|\bthe\s+(?:${WORD}\s+){0,3}${KINDS}(?:${OF_PART})?\s*,\s+for\s+its\s+(?:own\s+)?part\s*,\s+(?:also\s+)?`
    + String.raw`(?:aims|plans|intends|is|will|has\s+set)\b`,
  'iu',
);

/** A level of government before a kind, no name of its own: "Provincial (Police)", "City (Department)". */
const LEVEL = /^(?:Provincial|City|Municipal|Commune|Ward|Central)$/;
/** Words before a kind that are no part of its name: determiners and the titles of its people ("Director General of the …"). */
const NOT_NAME = /^(?:The|A|An|This|That|Its|His|Her|Our|Director|Deputy|General|Minister|Head|Chief|Vice|Acting|Chairman|Chairwoman)$/;

/**
 * The first name of a kind in a text, as written: "Lâm Đồng Department of Science and Technology", "Ministry of Finance", "Intellectual
 * Property Office of Vietnam"; undefined when it names none.
 */
function nameOfKind(kind: string, text: string, last = false): string | undefined {
  // (Each part of a hyphenated kind in capitals, or the part after the hyphen in lower case: "Sub-Department", "Sub-department".)
  // (A kind of two words capitalised in a name: "Management Board".)
  const head = kind.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/-(\p{Ll})/gu, (_, c: string) => `-[${c.toUpperCase()}${c}]`)
    .replace(/\s+(\p{Ll})/gu, (_, c: string) => String.raw`\s+[${c.toUpperCase()}${c}]`);
  // (A foundation or a centre is named for its field: "National Foundation for Science and Technology Development".)
  // (Its field may be a list: "Hưng Yên Science, Technology and Innovation Fund".)
  // (Words may stand between the list's last and the kind: "Sơn La Science, Technology and Innovation Development Fund".)
  // (A centre's code after its kind is its name's: "Bắc Ninh Motor Vehicle Inspection Centre 98-03D".)
  const named = new RegExp(String.raw`((?:${WORD}(?:,\s+|\s+and\s+(?=(?:${WORD}\s+){1,3}${head})|\s+)){0,7})${head}`
    + String.raw`(${OF_PART.replace('of', '(?:of|for)')}|${BODY_CODE}\b)?`, 'gu');
  let found: string | undefined;
  // (Fields glued on a scraped page are read apart: "tỉnh Gia LaiGia Lai Department" → "… Lai Gia Lai Department".)
  for (const m of text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').matchAll(named)) {
    const words = m[1]!.trim().split(/\s+/).filter(Boolean);
    // (The name starts after the last word that is no part of it: "Director of the Khánh Hòa …" keeps "Khánh Hòa".)
    let from = 0;
    // (Not "An" after a word of the name: "Nghệ An Provincial Library", "Long An Department of …".)
    words.forEach((w, k) => { if (NOT_NAME.test(w) && !(/^An?$/.test(w) && k > from)) from = k + 1; });
    // A place before the kind is the listed place it ends with: "… Lai Gia Lai Department" is Gia Lai's.
    const place = words.slice(from).findIndex((_, k, rest) => PLACES.has(foldPlace(rest.slice(k).join(' '))));
    const before = words.slice(from + Math.max(0, place));
    // (A level alone names no body: "the Provincial Police" is the one the text names in full, "Hưng Yên Provincial Police".)
    if (before.every((w) => LEVEL.test(w)) && !m[2]) continue;
    // (The kind as written: "Sub-department".)
    found = [...before, m[0].slice(m[1]!.length, m[0].length - (m[2] ?? '').length)].join(' ') + (m[2] ?? '');
    if (!last) return found;
  }
  return found;
}

/** The organizations and people a text names, as it writes them. */
export interface Names {
  organizations: readonly string[];
  people: readonly string[];
  /** The name of the organization the text writes so ("Aurora Rural Connectivity Fund" for "ARCF"), as the entity stage resolved it. */
  nameOf?: (written: string) => string | undefined;
}
const NO_NAMES: Names = { organizations: [], people: [] };

/** "Minister of Science and Technology" names the Ministry of Science and Technology. */
const MINISTER_OF = new RegExp(String.raw`\bMinister(${OF_PART})`, 'u');
const MINISTERS_OF = new RegExp(MINISTER_OF.source, 'gu');
/** A minister the sentence speaks of by the title alone: "The minister agreed …", "the minister said". */
const THE_MINISTER = /\b(?:[Tt]he|[Hh]is|[Hh]er)\s+minister\b/;

/**
 * A list's frame in which a body named by its kind aims at the items itself: "(Under the ministry's plan for 2026, …,) the ministry aims by
 * the end of the year to:". Group: the kind.
 */
// (Or a body that set aims for its own work, then lists them: "Beside the province's goals, the Department has set aims for its own work:".)
const FRAME_OWN = new RegExp(String.raw`\bthe\s+(${BODY_KINDS})(?:${OF_PART})?\s+(?:also\s+|itself\s+)?(?:(?:aims|plans|intends|expects|strives)\b`
  + String.raw`[^:;.]{0,40}?\bto|(?:ha(?:s|d)\s+)?(?:also\s+)?set\s+(?:itself\s+)?(?:\w+\s+)?(?:aims|goals|targets)\s+for\s+its\s+own\s+\w+)\s*:\s*$`,
'iu');

/**
 * A list's frame in which a body that serves the public itself (a library, a museum, a hospital, a school) aims at the items: "By 2033,
 * the library aims to:". Its aims are its own: it sets none for a place. Group: the kind.
 */
const FRAME_SERVICE = new RegExp(String.raw`\bthe\s+(${SERVICE_KINDS})\s+(?:also\s+|itself\s+)?(?:aims|plans|intends|expects|strives)\b`
  + String.raw`[^:;.]{0,40}?\bto\s*:\s*$`, 'iu');

/**
 * The kind of body a list's frame says aims at its items itself (see FRAME_OWN), when the frame says the plan is its own ("Under the
 * ministry's plan …, the ministry aims … to:", "its own", "itself"); "For 2026, the ministry aims to: bring Viet Nam into the top 40 …" sets
 * the country's aims.
 */
export function frameOwnKind(frame: string): string | undefined {
  const kind = FRAME_OWN.exec(frame)?.[1];
  if (kind === undefined) return undefined;
  return new RegExp(String.raw`\bthe\s+${kind}[’']s\s|\bits\s+own\b|\bitself\b`, 'i').test(frame) ? kind : undefined;
}

/** The kind of body that serves the public a list's frame says aims at its items (see FRAME_SERVICE), or undefined. */
export const frameServiceKind = (frame: string): string | undefined => FRAME_SERVICE.exec(frame)?.[1];

/** A year written in a list's frame. */
// (Or the campaign a notice runs, of its year: "aims in this campaign to:".)
const FRAME_YEAR = /\b20\d{2}\b|\b(?:this|next)\s+year\b|\bthis\s+(?:campaign|census)\b/i;

/**
 * Whether a list's frame (its last sentence) opens a body's own aims in a year: a library's, a museum's ("By 2033, the library aims to:"),
 * a body named by its kind that says they are its own (FRAME_OWN), or one named by its name ("In 2031, Bắc Ninh Provincial Tax aims
 * to:", see `aimingBody`), or one that says it set them itself ("has set an aim for its own work:", see AIM_SET), or a page's own body
 * in the first person ("By 2032, we aim to:").
 */
export function ownAimsFrame(frame: string, organizations: readonly string[]): boolean {
  if (!/:\s*$/.test(frame)) return false;
  const last = lastSentence(frame);
  if (!FRAME_YEAR.test(last)) return false;
  return frameServiceKind(last) !== undefined || frameOwnKind(last) !== undefined || AIM_SET.test(last) || WE_AIM.test(last)
    || aimingBody(last, organizations) !== undefined || frameBodyKind(last, organizations) !== undefined;
}

/**
 * A list's frame in which a body by its kind aims at the items, when the text names a body of that kind that is no body of government
 * ("By the end of 2031, the office aims to:" on a notary office's page): its aims are its own. Group: the kind.
 */
// (A firm, a bank or an association is told by bodies.ts.)
// (Or says what it will do: "By the end of 2029, the sub-department will:".)
const FRAME_BODY = new RegExp(String.raw`\bthe\s+(office|centre|center|agency|branch|sub-department)\s+`
  + String.raw`(?:also\s+|itself\s+)?(?:(?:aims|plans|intends|expects|strives)\b[^:;.]{0,40}?\bto|will)\s*:\s*$`, 'iu');

/** The kind of body a list's frame says aims at its items (see FRAME_BODY), when `organizations` has one of that kind not of government. */
export function frameBodyKind(frame: string, organizations: readonly string[]): string | undefined {
  const kind = FRAME_BODY.exec(frame)?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  // (Its kind ends its name, or heads it: "Quảng Ngãi Sub-Department of Fisheries and Fisheries Surveillance".)
  const of = new RegExp(String.raw`\b${kind}(?:$|\s+(?:of|for)\s)`, 'i');
  return organizations.some((o) => of.test(o) && !governing(o)) ? kind : undefined;
}

/**
 * Whether a list's frame (its last sentence) opens aims in a year, whoever's: "By 2031, Sa Pa ward aims to:", "In this year's enrolment,
 * the ward aims to:". An item's time to handle each one of a thing "within" a time is then an aim, not a procedure's limit.
 */
export function aimsFrame(frame: string): boolean {
  const last = lastSentence(frame);
  return AIMS_TO.test(last) && FRAME_YEAR.test(last);
}
/** An aim's verb that opens a list: "aims to:", "aims by the end of 2031 to:", "plans to:". */
const AIMS_TO = /\b(?:aims?|plans?|intends?|strives?|targets?)\b[^:;.]{0,40}?\bto\s*:\s*$/i;

/** A body's own aims on its own page, in the first person: "By 2032, we aim to:", "we plan to:". */
const WE_AIM = /\bwe\s+(?:also\s+)?(?:aim|plan|intend|pledge|commit)\s+to\s*:\s*$/i;

/** A list frame of a body's duties: "1. The Ministry of Science and Technology shall:". Group: the kind. */
const FRAME_DUTIES = new RegExp(String.raw`\bthe\s+(${BODY_KINDS})(?:${OF_PART})?\s+(?:shall|will|must|is\s+to)\s*:\s*$`, 'iu');
/** An item of such a list that says it is the body's own aim: "b) As an aim for its own administrative procedures, cut the time …". */
const OWN_ITEM = /\bas\s+(?:an?\s+)?(?:aim|target|goal)\s+(?:for|of)\s+its\s+own\b/i;

/** The kind of body whose duties a list's frame sets, when the item says it is the body's own aim (see OWN_ITEM), or undefined. */
export function dutyOwnKind(frame: string, item: string): string | undefined {
  return OWN_ITEM.test(item) ? FRAME_DUTIES.exec(frame)?.[1] : undefined;
}

/**
 * A body by its kind that has work of its own, whose aims the next sentence tells with "it": "Ms Vân said her department had its own work to
 * do. (From 2031, it will process every application …)", "the ministry had its own homework". Group: the kind.
 */
const OWN_WORK = new RegExp(String.raw`\b(?:the|his|her|its|my|our)\s+${KINDS}\s+(?:also\s+)?ha(?:s|d|ve)\s+(?:its\s+own|some)\s+`
  + String.raw`(?:work|homework|tasks?|job|part|duties)\b`, 'iu');
/** A sentence that tells the aims of a body by "it", after its year: "From 2031, it will …", "By the end of 2029, it will …". */
const IT_WILL = new RegExp(String.raw`^(?:${FROM_OR_BY_YEAR},?\s+)?it\s+(?:also\s+)?(?:will|would|shall|is\s+to|aims\s+to)\s`);
/** A sentence that handles every one or each one of a thing: "(From 2032, it shall …) decide on each application (…)". */
// (Or the handling of each: "complete the assessment of each … dossier".)
const HANDLES_EACH = new RegExp(String.raw`\b(?:${HANDLING_SOURCE})\s+`
  + String.raw`(?:the\s+[\p{Ll}-]+\s+of\s+)?(?:every|each)\s`, 'u');
/** A body by its kind as the subject of its duties: "1. The Ministry of Science and Technology shall lead …". Group: the kind. */
const DUTY_SUBJECT = new RegExp(String.raw`^(?:\d{1,2}[.)]\s+)?The\s+(?:${WORD}\s+){0,3}`
  + String.raw`(Ministry|Department|Office|Agency|Authority|Directorate|Police)(?:${OF_PART})?\s+(?:shall|will|is\s+to|must)\s`, 'u');

/**
 * The kind of body whose aims a sentence tells by "it" (see IT_WILL), when the sentence before it in `text` says that body has work of its
 * own (see OWN_WORK); undefined otherwise.
 */
export function ownWorkKind(sentence: string, text: string): string | undefined {
  if (!IT_WILL.test(sentence)) return undefined;
  const at = text.indexOf(sentence);
  if (at <= 0) return undefined;
  const before = lastSentence(text.slice(Math.max(0, at - SENTENCE_REACH), at));
  // (Or "it" handles each one of a thing itself, after the sentence that gives the body its duties: "The Ministry of … shall lead the
  // Programme. From 2032, it shall … decide on each application … within 20 working days.")
  return OWN_WORK.exec(before)?.[1] ?? (HANDLES_EACH.test(sentence) ? DUTY_SUBJECT.exec(before.trim())?.[1]?.toLowerCase() : undefined);
}
/** How far before a sentence the sentence before it is read. */
const SENTENCE_REACH = 300;

/** The last sentence of a text: "The meeting reviewed …. (Under the plan, the province is to reach:)". */
export const lastSentence = (text: string): string => text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).pop()!;

/** The kind of body a text says sets a target for itself ("department" in "The department itself aims …"), or undefined (see OWN). */
export function ownKind(text: string): string | undefined {
  return OWN.exec(text)?.slice(1).find((g) => g !== undefined);
}

/**
 * The body of a kind (see `ownKind`) whose own target a sentence sets, or undefined: named in full as the sentence
 * names it (a body of that kind, or a minister's ministry), else as the text first names it (`text`). A name read on into what
 * follows it ("Ministry of Science and Technology Vũ Thị Kim Oanh", from "Minister of … Oanh") ends where the longest
 * organization the text names in it ends, or else before the first person the text names in it (`names`: as the text writes them).
 */
export function officeNamed(kind: string, sentence: string, text: () => string, names: () => Names = () => NO_NAMES): string | undefined {
  const minister = kind.toLowerCase() === 'ministry' ? MINISTER_OF.exec(sentence)?.[1] : undefined;
  // (Else the last one the text names before the sentence, as a bulletin names one ministry an item: "… the Ministry of Construction
  // launched … The ministry aims to …", after an item about the Ministry of Health.)
  // (Not a shorter name of the first: "Department of Science and Technology" after "Lâm Đồng Department of Science and Technology".)
  if (minister) return trimmed(`Ministry${minister}`, names);
  const own = trimmed(nameOfKind(kind, sentence), names);
  // (Named in full elsewhere with its place: "Khánh Hòa Department of Home Affairs" for "the Department of Home Affairs".)
  // (Or with what it is of: "State Bank of Vietnam" for "the State Bank".)
  if (own !== undefined) return placedName(own, text()) ?? trimmed(nameWithPart(own, text()), names) ?? own;
  const at = text().indexOf(sentence);
  // "The minister agreed and said the ministry aims to …": the ministry of the minister the text named last before.
  if (kind.toLowerCase() === 'ministry' && THE_MINISTER.test(sentence) && at > 0) {
    const named = [...text().slice(0, at).matchAll(MINISTERS_OF)].at(-1)?.[1];
    if (named) return trimmed(`Ministry${named}`, names);
  }
  const first = trimmed(nameOfKind(kind, text()), names);
  const lastBefore = at > 0 ? trimmed(nameOfKind(kind, text().slice(0, at), true), names) : undefined;
  return lastBefore && !first?.includes(lastBefore) ? lastBefore : first;
}

/** The name a text gives a body with what it is of after it ("State Bank of Vietnam"), where a sentence names it without, or undefined. */
function nameWithPart(name: string, text: string): string | undefined {
  if (OF_END.test(name)) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\p{M}])${escaped}${OF_PART}`, 'u').exec(text)?.[0];
}
/** A name that already says what it is of: "Ministry of Finance". */
const OF_END = /\sof\s/;

/** The name a text gives a body with its place before it, where a sentence names it without: undefined when it gives none. */
function placedName(name: string, text: string): string | undefined {
  for (let at = text.indexOf(` ${name}`); at > 0; at = text.indexOf(` ${name}`, at + 1)) {
    const words = /(?:\p{Lu}[\p{L}\p{M}]*\s+){1,3}$/u.exec(text.slice(Math.max(0, at - 40), at + 1))?.[0].trim().split(/\s+/) ?? [];
    const place = words.findIndex((_, k) => PLACES.has(foldPlace(words.slice(k).join(' '))));
    if (place >= 0) return `${words.slice(place).join(' ')} ${name}`;
  }
  return undefined;
}

/** A body's code alone (see BODY_CODE). */
const CODE_AFTER = new RegExp(`^${BODY_CODE}$`);
/**
 * A body's name read on into what follows it, ended where the longest organization the text names in it ends (but for its code), or else
 * before the first person the text names in it.
 */
function trimmed(name: string | undefined, names: () => Names): string | undefined {
  if (name === undefined) return undefined;
  const within = names().organizations.filter((o) => name.includes(o)).sort((a, b) => b.length - a.length)[0];
  // (But for its code after it: "Bắc Ninh Motor Vehicle Inspection Centre 98-03D".)
  const end = within === undefined ? -1 : name.indexOf(within) + within.length;
  if (within !== undefined) return CODE_AFTER.test(name.slice(end)) ? name : name.slice(0, end);
  const person = names().people.map((p) => name.indexOf(` ${p}`)).filter((at) => at > 0).sort((a, b) => a - b)[0];
  return person === undefined ? name : name.slice(0, person);
}

/** An aim's verb right after its subject: "(X) aims to", "(X) also plans to", "(X) targets". */
// (Or "(X) has also set an aim for its own work:", "(X) has committed to".)
export const AIMS = new RegExp(String.raw`^\s+(?:also\s+|itself\s+)?(?:(?:aims|plans|intends|expects|strives|seeks|wants)\s+to|aims\s+for|targets`
  // (Its time may come between: "(the Hưng Yên Employment Service Centre) aims by the end of 2031 to:".)
  + String.raw`|aims\s+(?:by|in|from)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|next\s+year|this\s+year|this\s+campaign|this\s+census)\s+to`
  + String.raw`|has\s+set\s+(?:itself|out)|ha[sd]\s+(?:also\s+)?set\s+(?:itself\s+)?(?:an?\s+)?(?:aim|goal|target)s?`
  // (Or pledged itself: "(Sông Gâm Telecom Joint Stock Company) has committed to the following by the end of 2030:".)
  + String.raw`|(?:ha[sd]\s+(?:also\s+)?)?(?:committed|pledged)\s+(?:itself\s+)?to|(?:commits|pledges)\s+(?:itself\s+)?to)\b`);
/** An apposition set off by commas right after a name: ", set up under the programme,". */
const SET_OFF = /^\s*,\s+(?:which\s+|who\s+)?\p{Ll}[^,;:.]{2,80},/u;
/** A clause of what a body has, then its aim joined by "and": "(TraceRice) has 18,400 farmers on its app, …, and aims to reach …". */
const AIMS_AFTER_CLAUSE = /^\s+(?:has|had|is|was|runs|operates)\b[^;.]{0,120}?,?\s+and\s+(?:also\s+)?(?:aims|plans|intends|wants|expects)\s+to\b/;
/**
 * Bodies of government, whose aims are their place's or the nation's (a People's Committee, a Party committee, the Government), and
 * ministries and departments, whose own aims OWN reads by their deeds.
 */
// (A sub-department is an agency that does the work itself: "Customs Sub-Department of Region XXVI", "Sub-Department of Plant Protection".)
const GOVERNING = /People[’']s\s+(?:Committee|Council)|Party\b|\bGovernment\b|National\s+Assembly|Politburo|Secretariat|Ministry|(?<!Sub-)Department/;
/**
 * Whether a body is one of government (GOVERNING), by its own head: a Party committee's commission ("Commission for Propaganda and Mass
 * Mobilisation of the Lạng Sơn Provincial Party Committee") is no Party committee.
 */
const governing = (org: string) => GOVERNING.test(COMMISSION_OF.exec(org)?.[1] ?? org);
/** A commission named with the committee it is of. Group: the commission's own name. */
const COMMISSION_OF = /^((?:[\p{L}\p{M}-]+\s+){0,3}Commission(?:\s+(?:for|on)\s+[^,;]+?)?)\s+of\s+the\s+/u;

/**
 * The organization a sentence names as the subject of its aim, when it is no body of government (see GOVERNING): "An Giang Social
 * Insurance aims to pay all pensions …", "The Mekong Seed Association targets 40 members …". Its aims are its own. `organizations`:
 * as the text writes them; of names one inside another, the longest.
 */
export function aimingBody(sentence: string, organizations: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const org of organizations) {
    if (governing(org) || (best && best.length >= org.length)) continue;
    for (let at = sentence.indexOf(org); at >= 0; at = sentence.indexOf(org, at + 1)) {
      const after = sentence.slice(at + org.length, at + org.length + 200);
      // (Past an apposition set off by commas: "The Gia Lai Centre for Forest Data, set up under the programme, aims to …".)
      const set = SET_OFF.exec(after)?.[0].length ?? 0;
      if (AIMS.test(after.slice(0, 60)) || (set > 0 && AIMS.test(after.slice(set, set + 60))) || AIMS_AFTER_CLAUSE.test(after)) { best = org; break; }
    }
  }
  return best ?? placedBodyAiming(sentence);
}

/** Capitalised words right before an aim's verb: "(In 2031,) Bắc Ninh Provincial Tax aims to:". Group: the words. */
const NAME_BEFORE_AIM = /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}]*\s+){2,6})(?=(?:also\s+)?(?:aims|plans|intends|strives)\s+to\b)/gu;
/** Words after a place that name no body of its own: its level ("Bắc Ninh Province", "Huế City"). */
const PLACE_LEVEL = /^(?:Provincial|Province|City|Municipal|Municipality|Commune|Ward)$/;

/**
 * A body no list of organizations holds, named by its place and its own words, as the subject of an aim: "Bắc Ninh Provincial Tax aims
 * to …" is the tax office's, not the province's (a place with its level alone, "Bắc Ninh Province aims to …", is the place).
 */
function placedBodyAiming(sentence: string): string | undefined {
  for (const m of sentence.matchAll(NAME_BEFORE_AIM)) {
    const words = m[1]!.trim().split(/\s+/);
    const place = words.findIndex((_, k) => k > 0 && PLACES.has(foldPlace(words.slice(0, k).join(' '))));
    if (place <= 0) continue;
    const rest = words.slice(place);
    const name = words.join(' ');
    if (rest.every((w) => PLACE_LEVEL.test(w)) || governing(name)) continue;
    return name;
  }
  return undefined;
}
