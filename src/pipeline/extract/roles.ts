import { MEMBERSHIP_BODIES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.ts';
import { escapeRegExp } from '../regexp.ts';
import { foldPlace, PLACES } from './lexicon/provinces.ts';
import { SAYING_VERB } from './lexicon/speech-verbs.ts';
import { isVietnameseName } from './lexicon/surnames.ts';
import { CALENDAR, CAP_OR_NUMBER, capitalRun, complement, LOCALITY } from './name-grammar.ts';
import { FIRM_FORM, HEAD as ORGANIZATION_HEAD } from './organization-parser.ts';

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MODIFIERS = `(?:(?:${alternation(TITLE_MODIFIERS)})\\s+)*`;
/** A title opening a sentence has its first letter capitalised: "Managing partner of X Y announced …". */
const SENTENCE_CASE = TITLE_HEADS.filter((h) => /^\p{Ll}/u.test(h)).map((h) => h[0]!.toUpperCase() + h.slice(1));
/** A title of two words or more is one in lower case too, as an apposition writes it: "X, chief accountant of the … Company". */
const LOWER_CASE = TITLE_HEADS.filter((h) => /\s/.test(h)).map((h) => h.toLowerCase());
const HEAD = `(?:${alternation([...new Set([...TITLE_HEADS, ...SENTENCE_CASE, ...LOWER_CASE])])})`;
const BODY = `(?:${alternation(MEMBERSHIP_BODIES)})`;
/** After "and", a second title starts ("… Party Committee and Chairwoman of …"): the name of the body ends there. */
const NOT_A_TITLE = `(?!${MODIFIERS}${HEAD}\\b)`;
/** The capitalised words of a body; a day or a month is none ("Deputy Minister of Finance on Monday"). */
const BODY_RUN = capitalRun(`(?!${CALENDAR})`, CAP_OR_NUMBER, NOT_A_TITLE);
/**
 * "Department of Higher Education, Ministry of Education and Training": a body's parent after a comma is no item of a list of names
 * ("Department of Science, Technology and Environment"), and not part of the title.
 */
const NOT_A_BODY = `${NOT_A_TITLE}(?!(?:the\\s+)?${ORGANIZATION_HEAD}\\b)`;
/** A body's local unit named by its place, and the body, if named: "(Director of the Cao Bằng) branch of Sao Bắc Telecom", "(… of the Hanoi) branch". */
const LOCAL_UNIT = `\\s+(?:branch|office|campus|chapter)(?:${complement(BODY_RUN, 'of', NOT_A_BODY)})?`;
/**
 * A body named by its place and a kind in lower case: "(Director of the Tân Quy Đông) flower cooperative", "(… Hồng Thái) organic vegetable
 * cooperative".
 */
// (A village's or a hamlet's own body may follow its kind: "(Secretary of the Nà Sa) hamlet Party cell", "(… Bản Lướt) village Farmers'
// Association".)
const KIND_AFTER = String.raw`\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:cooperative|co-operative|company|(?:village|hamlet)(?:\s+(?:Party|People[’']s`
  + String.raw`|Fatherland\s+Front|Farmers[’']?|Women[’']s|Youth|Veterans[’']?)(?:\s+\p{L}+)?\s+(?:[Cc]ell|[Cc]ommittee|[Uu]nion|[Aa]ssociation|[Cc]ouncil`
  + String.raw`|[Cc]hapter|[Bb]ranch))?|club|farm)\b`;
/** The head noun of a unit a ministry has under it, named by its ministry: "… Agency under the Ministry of …". */
// (Or a department named with its kind last: "(Deputy Director of the State Records and Archives Department) under the Ministry of Home Affairs".)
const MINISTRY_UNIT = 'Agency|Authority|Administration|Board|Commission|Directorate|Centre|Center|Office|Department';
/** The commas of a ministry's name that lists its fields, kept only before its "and": "(Culture), Sports (and Tourism)". */
const MINISTRY_LIST = String.raw`(?:(?:,\s+\p{Lu}[\p{L}\p{M}]*)+(?=,?\s+and\s+\p{Lu}))?`;
/** A body's complement, with the place noun a locality may end with ("… of Quang Ninh province") or its local unit. */
// (A ministry's agency or department keeps its ministry: "(Deputy Director of the National Digital Transformation Agency) under the
// Ministry of Science and Technology (Lê Hoàng Phúc)"; so does its centre, "(Director of the National Innovation Centre) under the …".)
// So does its institute or authority: "(Deputy Director of the Institute of Rural Economics) under the Ministry of Agriculture and
// Environment", "(… of the Vietnam National Authority of Tourism) under the Ministry of Culture, Sports and Tourism"; its board, commission
// or directorate too: "(Deputy Head of the Central Emulation and Commendation Board) under the Ministry of Home Affairs".
// (An administration too: "(… of the Vietnam Maritime and Inland Waterway Administration) under the Ministry of Construction".)
const UNDER_ITS_MINISTRY = `(?<=\\b(?:(?:Department|Institute|Authority)\\s+of\\s+[\\p{L}\\s,&-]+|${MINISTRY_UNIT}))`
  + `\\s+under\\s+the\\s+Ministry\\s+of\\s+`
  + `${CAP_OR_NUMBER}${MINISTRY_LIST}(?:\\s+(?:and\\s+)?${CAP_OR_NUMBER}){0,5}(?=\\s+${CAP_OR_NUMBER}|\\s*$|[,;.])`;
// (A deputy may be "in charge of" the body in its head's stead: "Deputy Director in charge of the Thái Nguyên Department of …".)
const COMPLEMENT = `(?:${complement(BODY_RUN, '(?:in\\s+charge\\s+of|of|for|at|to|in|on)', NOT_A_BODY)}`
  + `(?:\\s+(?:province|city)|${LOCAL_UNIT}|${KIND_AFTER}|${UNDER_ITS_MINISTRY})?`
  // "Chief Inspector of the province": the locality a text is about, named by its kind.
  + `|\\s+of\\s+the\\s+(?:province|city|commune|ward))?`
  // An envoy's title names the country they are sent to after their own: "Ambassador of the Republic of Korea to Vietnam".
  + `(?:(?<=(?:Ambassador|Envoy|Consul(?:\\s+General)?)\\s+of\\s+(?:the\\s+)?${CAP_OR_NUMBER}(?:\\s+${CAP_OR_NUMBER}|\\s+of){0,4})`
  + `\\s+to\\s+(?:Vietnam|Viet\\s+Nam|\\p{Lu}\\p{Ll}+))?`;

/** Professionals a field may be named before: "a semiconductor analyst at …", "a materials scientist with …". */
const PROFESSIONAL = '(?:analyst|economist|researcher|scientist|engineer|lecturer|professor)';
/** The place an Assembly deputy is elected for: "… deputy for Hai Phong City". */
const CONSTITUENCY = `(?:\\s+for\\s+${capitalRun('', CAP_OR_NUMBER, NOT_A_TITLE)})?`;

/**
 * An agency's acronym and the country its office is in, opening its officer's title: "KOICA Vietnam (Country Director)"; not
 * a firm's acronym before a title ("HOSE Deputy General Director").
 */
const AGENCY_COUNTRY = String.raw`(?:\p{Lu}[\p{Lu}\d&]{1,6}\s+(?!${MODIFIERS}${HEAD}\b)\p{Lu}\p{Ll}+\s+)?`;
/**
 * A whole phrase that is a title: "Standing member of the Secretariat", "Politburo members", "National Assembly Chairman".
 * (The complement after a head is written once for the heads before a body's title and once for those after it, not once per
 * head: the pattern is read by three more, and each copy of the complement is some 35,000 characters that V8 compiles.)
 */
const ROLE = new RegExp(
  // "head of Asia technology research at Harbourline Securities": a head of a field, at the firm after it (before "head of Asia").
  `^(?:(?:${MODIFIERS}(?:[Hh]ead|[Cc]hief)\\s+of(?:\\s+[\\p{L}-]+){1,4}?(?=\\s+at\\s)`
    // "ICDD Resident Representative in Vietnam": a body's acronym may open its officer's title.
    + `|${AGENCY_COUNTRY}(?:\\p{Lu}[\\p{Lu}\\d&]{1,6}\\s+)?${MODIFIERS}${HEAD})${COMPLEMENT}`
    // "National Assembly deputy for Dak Lak": the constituency a deputy is elected for.
    + `|${MODIFIERS}(?:the\\s+)?${BODY}(?:[’']s)?\\s+(?:members?|Chairman|Chairwoman|Secretary|[Ss]pokesperson|deput(?:y|ies)|delegates?)${CONSTITUENCY}`
    // "a semiconductor analyst at Straits Foresight Partners": a professional named by the field before the noun, then the firm.
    + `|(?:${MODIFIERS}(?:[\\p{Ll}-]+\\s+){1,2}${PROFESSIONAL}|${MODIFIERS}`
    // "World Bank Country Director for Vietnam": a body's name before the title, its complement after it.
    + `(?:[\\p{Lu}][\\p{Ll}’']+\\s+){1,4}(?:Chairman|Chairwoman|Secretary|Director|Minister|Governor))${COMPLEMENT})$`,
  'u',
);
const ROLE_BODY = ROLE.source.slice(1, -1);
/** A title directly before a name, at the end of a stretch of text ("… Head of the Central Organization Department "). */
const ROLE_AT_END = new RegExp(`(?:^|[,:(]\\s*|\\s)(${AGENCY_COUNTRY}${MODIFIERS}${HEAD}${COMPLEMENT}|${MODIFIERS}(?:the\\s+)?${BODY}\\s+(?:deputy|delegate))`
  + `\\s*,?\\s*$`, 'u');
/** A firm's or body's acronym right before its officer's title: "SVT Chief Executive Officer …". Group: the acronym. */
const ACRONYM_BEFORE = /(?:^|\s)(\p{Lu}[\p{Lu}\d&]{1,6})\s+$/u;
/**
 * A capitalised name right before a title in lower case, after a clause's start or a comma: "(…,) Daesung Precision (chief
 * executive …)"; not a determiner that opens a sentence ("Its chief executive, …"). Group: the name.
 */
const FIRM_BEFORE = new RegExp(String.raw`(?:^|[,;:("“”]\s*|\s(?:and|said|says|told)\s+)(?!(?:Its|Their|His|Her|Our|The|This|That|These|Those|A|An)\s)`
  + String.raw`((?:\p{Lu}[\p{L}\p{N}&’'-]*\s+){1,4})$`, 'u');
/**
 * A firm's name by its shape, which may stand before a capitalised title ("Thien Son Data Chairman X", "PhuGiaBank General Director
 * X"): a word of its trade or legal form at its end, or a coined word with a capital inside. A run of other capitalised words before
 * a capitalised title is part of the title or no body ("State President", "Party General Secretary").
 */
const FIRM_SHAPE = new RegExp(String.raw`(?:\b(?:Group|Bank|Data|Technology|Technologies|Tech|Semiconductor|Semiconductors|Telecom|Software`
  + String.raw`|Corporation|Corp|JSC|Company|Holdings|Securities|Capital|Energy|Solutions|Systems|Networks|Electronics|Labs?|AI|Cloud|Chips?`
  + String.raw`|Robotics|Logistics|Media)`
  // A coined word: "VietLink", "TSTel", "VNPost".
  + String.raw`|(?:^|\s)(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll})[\p{L}\d]*)$`, 'u');
/** A title at the start of a phrase, the rest of which is not part of it ("President of X attended …"). */
const ROLE_AT_START = new RegExp(`^(${ROLE_BODY})(?=\\s*$|[.;!?,:)]|\\s+\\p{Ll})`, 'u');
/**
 * A noun of agent, with a word or an acronym that may qualify it: "student", "mission manager", "IP consultant", "principal analyst".
 * As a regular expression source, no group.
 */
export const AGENT_NOUN = String.raw`(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,5})\s+)?(?:[\p{L}\d]+-)?\p{Ll}+(?:er|or|ist|yst|ian|ant|ent)`;
/** A capitalised noun of agent, after up to two capitalised words: "Country Manager", "Chief Economist". */
export const CAPITAL_AGENT = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}\p{Ll}+(?:er|or|ist|yst|ian|ant)`;
/**
 * A noun of agent at the body a person works or studies at, after a name: "(…,) a student at the Posts and Telecommunications
 * Institute of Technology", "mission manager at Pacific Orbital Rideshare". Group: the title.
 */
// A capitalised one is a title whose head the lists need not hold, "of" a body too: "Vietnam Country Manager of Arvalon Semiconductor",
// "Chief Economist at Halden Bridge Capital".
const AGENT_ROLE = new RegExp(String.raw`^(${AGENT_NOUN}${complement(BODY_RUN, '(?:at|with)', NOT_A_BODY)}`
  + String.raw`|${CAPITAL_AGENT}${complement(BODY_RUN, '(?:of|at|with)', NOT_A_BODY)})`
  + String.raw`(?=\s*$|[.;!?,:)]|\s+\p{Ll})`, 'u');
/** A title ending a phrase: "Also attending were Party Central Committee member", "…, Deputy Secretary of X". */
const ROLE_AT_PHRASE_END = new RegExp(`(?:^|,\\s*|\\s)(${ROLE_BODY})$`, 'u');
/**
 * A title written in lower case after a name, whose body is a noun phrase: "head of the
 * provincial steering committee for science, technology, innovation, digital transformation and
 * Project 06", "head of the Steering Committee", "now a member of the community digital technology
 * team". Only whole, up to the end of the sentence or clause, or a body it is "under" or "in".
 */
/** Words of a body's field, as a regular expression source: "science, technology, innovation … and Project 06" is a list of them. */
// (Nor is a verb of the sentence after the apposition and its object: "…, presented the Plan and its list of 46 tasks".)
const WORD = String.raw`(?!(?:who|which|that|whose|where|said|says|told|tells)\b|\p{Ll}+ed\s+(?:the|a|an|its|his|her|their|this|that)\b)`
  + String.raw`[\p{L}\d][\p{L}\d’'-]*`;
/** People named by what they are, in the plural: "representatives", "members", "staff". */
const PEOPLE = '(?:representatives|members|staff|officials|leaders|delegates|employees|workers|guests|people)';
/** A field of up to five words: a relative clause after the body ("…, who headed …") is no field of it. */
const WORDS = String.raw`${WORD}(?:\s+${WORD}){0,4}`;
const LOWER_ROLE = new RegExp(
  String.raw`^(?:(?:now|also|currently)\s+)?(?:(?:a|an)\s+)?((?:former\s+)?(?:(?:[Dd]eputy|[Vv]ice|[Ss]tanding|[Pp]ermanent)\s+)?(?:head|chief`
    + String.raw`|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Dd]irector|[Ss]ecretary|member)\s+of\s+the\s+(?:${LOCALITY}\s+)?(?:(?!(?:under|at|in|and|of`
    + String.raw`|with)\s)[\p{L}’'-]+\s+`
    + String.raw`|and\s+(?=\p{Lu})){0,6}(?:[Cc]ommittee|[Bb]oard|[Cc]ouncil|[Gg]roup|[Tt]eam|[Ff]orce|[Cc]ommission|[Oo]ffice|[Dd]epartment|[Dd]ivision`
    + String.raw`|[Uu]nit|[Cc]entre|[Cc]enter|[Uu]nion|[Aa]ssociations?|[Ff]ederation|[Pp]anel|[Jj]ury|[Ii]nstitute|[Aa]cademy|[Uu]niversity|[Aa]gency`
    + String.raw`|[Aa]uthority`
    + String.raw`|[Ff]und|[Cc]orporation|[Cc]ompany|[Hh]ospital|[Cc]ollege|[Ss]chool|[Mm]inistry|[Bb]ureau|[Ss]ervice|[Ll]aboratory)`
    // A body after a comma is the parent of the one before ("…, Ministry of Agriculture and Environment"), not a field of it.
    // (People after "and" are the sentence's next subjects: "…, Director of the … Department of Health, and representatives of X".)
    + String.raw`(?:\s+(?:for|on|of)\s+${WORDS}(?:(?:,\s+(?!${ORGANIZATION_HEAD}\b)${WORDS})*,?\s+and\s+(?!${PEOPLE}\b)${WORDS})?)?)`
    + String.raw`(?=\s*(?:[.;!?),]|\s(?:under|at|in)\s|\sand\s+(?:now|also|currently|an?)\s|$))`,
  'u',
);
/**
 * A past title, then the one held now: "former Rector of Y, now an adviser to …", "a former professor at Y and now chief
 * engineer of Z". Group: the title held now, up to the end of its clause or the verb after it.
 */
const FORMER_THEN_NOW = new RegExp(String.raw`^(?:(?:a|an)\s+)?former\s+[^;.]{2,120}?(?:,\s*|\s+and\s+)now\s+(?:(?:a|an|the)\s+)?`
  + String.raw`(\p{L}[^,;.()]{2,100}?)(?=\s*(?:[,;.)]|$)|\s+(?:said|says|told|will|would|has|have|is|was)\b)`, 'u');
/** A body named by its kind alone: "… of the department". */
const BARE_BODY = /\sof\s+the\s+\S+$/;
/** A plural title after a person's titles names other people: "…, and members of the Standing Board". */
const PLURAL_TITLE = /\b(?:[Mm]embers|Secretaries)\b/;
/** A person's age in apposition before a title: "88, ", "aged 61, ". */
const AGE = /^(?:aged\s+)?\d{1,3},\s*/;

/** What joins two titles of one person: a comma, "and", "and now", a dash. */
const BETWEEN_TITLES = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:now\s+|also\s+|concurrently\s+)?|\s+[-–—]\s+)/;
const BETWEEN_TITLES_AT_END = /(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:now\s+|also\s+|concurrently\s+)?|\s+[-–—]\s+)$/;

/**
 * A preposition and its article right before a title: "(Authorised) by the", "on behalf of the". A title that opens a chain before a
 * name has no article ("chaired by Politburo member, Secretary … X", "presented to chairman and founder X").
 */
const PREPOSITION_BEFORE = /(?:^|\s)(?:by|of|to|from|with|for|under|after|before)\s+the\s+$/i;

/** True when a whole phrase is a title. */
export const isRole = (phrase: string) => ROLE.test(phrase.trim());

/** A title as it should be recorded: trimmed, singular ("Politburo members" → "Politburo member"), without its term. */
export function normalizeRole(phrase: string): string {
  return phrase.trim()
    .replace(/^the\s+/i, '')
    // "Secretary of the X Party Committee for the 2025-2030 term": the term is when, not the title.
    .replace(/\s+for\s+the\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?:\s+term)?$/i, '')
    // "analyst at X in Singapore": where the firm is, not part of the title.
    .replace(/(\s(?:at|with)\s+\S.*?)\s+in\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?$/u, '$1')
    // "Principal of Mường Lay High School in Điện Biên": a listed province or city after the body is where it is.
    .replace(PLACE_AFTER_BODY, (m, body: string, place: string) => (PLACES.has(foldPlace(place)) ? body : m))
    .replace(/\bSecretaries\b/g, 'Secretary')
    .replace(/\b([Mm]ember)s\b/g, '$1')
    .replace(/\s+/g, ' ');
}

/** A body in a title, then "in" and a place: "(… of Mường Lay High School) in (Điện Biên)". Groups: all before "in", the place. */
const PLACE_AFTER_BODY = /^(.*\s(?:of|at)\s+\S.*?)\s+in\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2})$/u;
/** A province's, a city's or a commune's Party or government body right before a title: "(Provincial Party) Secretary". Group: the body. */
const LOCAL_BODY_BEFORE = /(?:^|\s)((?:Provincial|City|Municipal|Commune|Ward)\s+(?:Party|People[’']s\s+(?:Committee|Council)))\s+$/u;
/** "its" or "their" right before a title: the body is named earlier in the sentence ("… went to X of Y; its founder Z"). */
const POSSESSIVE_BEFORE = /(?:^|\s)(?:[Ii]ts|[Tt]heir)\s+$/;
/** A body named by its kind in the possessive right before a title: "the institute's (Vice President)". Group: "the institute". */
const KIND_POSSESSIVE = /(?:^|\s)([Tt]he\s+\p{Ll}{4,})[’']s\s+$/u;
/** Runs of capitalised words, for the body "its" points back to. */
const CAPITALISED_RUNS = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}\d&’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\d&’'-]*)*/gu;

/**
 * The body "its" points back to: the last name of capitalised words before it in the sentence that is no listed place and
 * does not open the sentence alone ("Third prize went to BlueFin Robotics of Khánh Hòa …; its founder" → BlueFin Robotics).
 */
function antecedent(sentence: string): string | undefined {
  // (Nor a currency's code: "… will pay VND 40 million per student, says its CEO" is the firm's CEO.)
  const runs = [...sentence.matchAll(CAPITALISED_RUNS)].filter((m) => !PLACES.has(foldPlace(m[0]))
    && !(m.index === 0 && !/\s/.test(m[0])) && !/^(?:The|A|An|VND|USD|US|EUR|JPY|KRW|CNY|SGD)$/.test(m[0]));
  const last = runs.at(-1);
  // "the Youth Innovation Foundation aims …, its chairman": the body keeps its article.
  return last && `${/\bthe\s+$/.test(sentence.slice(0, last.index)) ? 'the ' : ''}${last[0].replace(/^(?:The|A|An)\s+/, '')}`;
}

/**
 * Roles in the stretch of text before a name: titles joined by commas or "and", the last one next to the name. `sentence` is
 * the sentence up to the stretch, where the body a title's "its" points back to is named; `afterName`, that the stretch opens right after
 * another name.
 */
export function rolesBefore(stretch: string, sentence = '', afterName = false): string[] {
  const text = withoutParentheses(stretch);
  const adjacent = ROLE_AT_END.exec(text);
  if (!adjacent || !isRole(adjacent[1]!)) return [];
  let rest = text.slice(0, adjacent.index + adjacent[0].indexOf(adjacent[1]!));
  // "former Provincial Party Secretary X": "former" before the capitalised words that open the title makes all of it past.
  if (FORMER_BEFORE.test(rest)) return [normalizeRole(`former ${adjacent[1]!.trim()}`)];
  // "SVT Chief Executive Officer X" is the Chief Executive Officer of SVT;
  // "AgriSense chief executive X", "Nexa Semicon chief executive X": a title in lower case after a capitalised name is that body's.
  // "the institute's Vice President X": the body of that kind, "of the institute", which the text's context names (context-bodies.ts).
  const owner = /\s(?:of|for|at|to|in|on)\s/.test(adjacent[1]!) ? undefined
    : ACRONYM_BEFORE.exec(rest)?.[1] ?? firmBefore(rest, /^\p{Ll}/u.test(adjacent[1]!))
      ?? (POSSESSIVE_BEFORE.test(rest) ? antecedent(sentence + rest.replace(POSSESSIVE_BEFORE, '')) : undefined)
      ?? KIND_POSSESSIVE.exec(rest)?.[1]?.replace(/^The/, 'the');
  // "Provincial Party Secretary X", "City People's Committee Chairman X": a province's or a city's body before the title is its body.
  const local = owner === undefined ? LOCAL_BODY_BEFORE.exec(rest)?.[1] : undefined;
  const body = owner ?? (local && `the ${local}${/Party$/.test(local) ? ' Committee' : ''}`);
  const roles = [body ? `${adjacent[1]!.trim()} of ${body}` : adjacent[1]!];
  for (let joiner = BETWEEN_TITLES_AT_END.exec(rest); joiner; joiner = BETWEEN_TITLES_AT_END.exec(rest)) {
    rest = rest.slice(0, joiner.index);
    const m = ROLE_AT_PHRASE_END.exec(rest);
    if (!m) break;
    const start = m.index + m[0].length - m[1]!.length;
    // "Authorised by the Prime Minister, Minister of X Y": a title a preposition takes is another person's.
    if (PREPOSITION_BEFORE.test(rest.slice(0, start))) break;
    // "X, Director of the Statistics Office, and Deputy Head of … Y": a title right after the name before, set off by commas, is that
    // name's apposition.
    if (afterName && /^\s*,\s*$/.test(rest.slice(0, start)) && joiner[0].includes(',')) break;
    roles.unshift(m[1]!);
    if (start > 0 && !/,\s*$/.test(rest.slice(0, start))) break;
    rest = rest.slice(0, start);
  }
  return roles.map(normalizeRole);
}

/**
 * The firm named right before a title: any capitalised name before one in lower case ("AgriSense chief executive"), one of a
 * firm's shape before a capitalised one ("Thien Son Data Chairman").
 */
function firmBefore(rest: string, lowerTitle: boolean): string | undefined {
  const name = FIRM_BEFORE.exec(rest)?.[1]?.trim();
  return name && (lowerTitle || FIRM_SHAPE.test(name)) ? name : undefined;
}

/**
 * Roles in apposition after a name (", Chairman of X", " - Secretary of Y"), joined by commas or
 * "and", up to the first phrase that is not one. When the stretch runs up to another name, a title
 * that reaches it is that name's own.
 */
export function rolesAfter(stretch: string, beforeAnotherName = false): string[] {
  let rest = withoutParentheses(stretch);
  // (Or a table's next cell: "Vàng Văn Hải | Chairman of the … People's Committee | 38 | 9".)
  const opening = /^\s*(?:,|[-–—]\s|\|)\s*/.exec(rest);
  if (!opening) return [];
  // "X, 88, former Director of …": an age stands before the title.
  rest = rest.slice(opening[0].length).replace(AGE, '');
  // (A cell's title ends with the cell.)
  if (opening[0].includes('|')) rest = rest.split('|')[0]!.trimEnd();
  // "X, former Rector of Y, now an adviser to the city on …": the title held now, whatever its words.
  const now = FORMER_THEN_NOW.exec(rest);
  if (now && /\s(?:of|to|at|for|with|on)\s/.test(now[1]!)) return [normalizeRole(now[1]!)];
  const roles: string[] = [];
  // What joins each title to the next: ", ", " and ".
  const joiners: string[] = [];
  for (;;) {
    // "…, then deputy director of …", "…, until now a deputy director general of …": a title held before, not now.
    const then = /^(?:then|until\s+now|formerly)\s+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(then.length);
    // "a former Vice Chairman of …": an article may open a title in apposition, and a relative clause one the person
    // holds besides ("…, who is also the Government spokesperson, said").
    // "a Singapore-based economist at …": where a person is based is no part of the title.
    const article = /^(?:who\s+is\s+(?:also\s+)?(?:the\s+)?|(?:a|an)\s+(?:\p{Lu}[\p{L}-]*-based\s+)?)(?=[\p{L}\d])/u.exec(rest)?.[0] ?? '';
    const lower = LOWER_ROLE.exec(rest);
    // The longer reading: "chairman of the selection jury" over the bare head "chairman", but "Deputy Director" over "Deputy
    // Director of the department", which names no body but the one the text is about.
    // (A noun of agent reads past a head it opens with: "principal analyst at …" over "principal".)
    const titled = ROLE_AT_START.exec(rest.slice(article.length))?.[1];
    const agent = AGENT_ROLE.exec(rest.slice(article.length))?.[1];
    const capital = agent !== undefined && (titled === undefined || agent.length > titled.length) ? agent : titled;
    const longer = lower !== null && (capital === undefined || (lower[1]!.length > capital.length && !BARE_BODY.test(lower[1]!)));
    const role = longer ? lower[1] : capital;
    if (!role) {
      // "Đặng Văn Hiếu, Chairman, Vĩnh Long Provincial People's Committee": a bare title, a comma, then the body it is held at.
      // So is a title with its unit or field, then the firm or body it is of: "Chairwoman of the Board of Directors, Hưng Phát
      // Industrial Infrastructure Joint Stock Company", "Director of Investment Promotion, Sao Mai Group".
      const apposed = roles.length > 0 && /^\s*,\s*$/.test(joiners.at(-1) ?? '') ? apposedBody(rest) : undefined;
      const body = apposed && (!BODY_OF.test(roles.at(-1)!) || NAMED_BODY_END.test(apposed)) ? apposed : undefined;
      if (body) roles[roles.length - 1] = `${roles.at(-1)} of ${body}`;
      break;
    }
    rest = rest.slice(lower && role === lower[1] ? lower.index + lower[0].length : article.length + role.length);
    // "Vice President for Asia-Pacific at CloudAxis": a field, then the body at which the title is held.
    const at = / for /.test(role) ? AT_BODY.exec(rest) : null;
    if (at) rest = rest.slice(at[0].length);
    // "Director of the Department of Employment under the Ministry of Home Affairs": a ministry's department is named by its ministry
    // (so is its centre: "Director of the National Data Centre under the Ministry of Public Security").
    const under = !at && DEPARTMENT_END.test(role) ? UNDER_MINISTRY.exec(rest) : null;
    if (under) rest = rest.slice(under[0].length);
    const held = at ? `${role}${at[0]}` : under ? `${role}${under[0]}` : role;
    // (So are the titles joined to it by "and": "…, chaired by Vice Chairman … Ma Văn Thuận, Director of the … Statistics Office and
    // Standing Deputy Head of the … Committee Sầm Văn Phúc said".)
    if (beforeAnotherName && rest.trim() === '') {
      while (roles.length > 0 && /^\s*and\s*$/.test(joiners.at(-1) ?? '')) (roles.pop(), joiners.pop());
      break;
    }
    if (roles.length > 0 && PLURAL_TITLE.test(role)) break;
    roles.push(normalizeRole(then ? `former ${held}` : held));
    const joiner = BETWEEN_TITLES.exec(rest);
    if (!joiner) break;
    joiners.push(joiner[0]);
    rest = rest.slice(joiner[0].length);
  }
  // "founder and chief executive of Mekong AI Labs": a bare title joined by "and" to one with a body holds it at that body.
  for (let i = roles.length - 2; i >= 0; i--) {
    const body = BODY_OF.exec(roles[i + 1]!);
    if (body && /^\s*and\s*$/.test(joiners[i]!) && !BODY_OF.test(roles[i]!) && !/^former\s/.test(roles[i]!)) roles[i] = `${roles[i]} ${body[0].trim()}`;
  }
  return roles;
}

/**
 * A body's name alone up to the end of its apposition, after a bare title and a comma: "Vĩnh Long Provincial People's Committee", "MeKong
 * AgriData" (before ".", ";", ":", "|", "(", the end, or the comma before the speaker's verb: "…, Sao Mai Group, said"). Group: the name.
 */
// (Its words may be joined by an en dash: "Vietnam–Nordic Chamber of Commerce".)
const APPOSED_BODY = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}\d’'&–-]*(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\p{L}\p{M}\d’'&–-]*){0,7})\s*`
  + String.raw`(?=[.;:|(]|,\s+${SAYING_VERB}\b|$)`, 'u');
/** The heads of bodies named with "the" in a title ("Chairman of the … People's Committee"); a firm, a school or an outlet is named alone. */
const THE_BODY = new RegExp(String.raw`\b(?:Committee|Council|Department|Institute|Ministry|Commission|Board|Office|Agency|Authority|Assembly`
  + String.raw`|Association|Union|Federation|Chamber)\b`);

/** The body a bare title in apposition is held at, as the title names it, or undefined: no place alone, no person's name. */
function apposedBody(rest: string): string | undefined {
  const name = APPOSED_BODY.exec(rest)?.[1];
  if (!name || PLACES.has(foldPlace(name))) return undefined;
  const words = name.split(/\s+/);
  if (words.length >= 2 && isVietnameseName(words)) return undefined;
  return THE_BODY.test(name) && !/^The\s/.test(name) ? `the ${name}` : name;
}

/** A title held at a ministry's department, institute, authority, agency, board: "… of the Department of Employment", "… Agency". */
const DEPARTMENT_END = new RegExp(String.raw`\b(?:(?:Department|Institute|Authority)\s+of\s+[^,;]+|${MINISTRY_UNIT})$`, 'u');
/** The ministry a department is under: " under the Ministry of Home Affairs", " under the Ministry of Culture, Sports and Tourism". */
const UNDER_MINISTRY = new RegExp(String.raw`^\s+under\s+the\s+Ministry\s+of\s+\p{Lu}[\p{L}\p{M}]*${MINISTRY_LIST}`
  + String.raw`(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}]*){0,5}`, 'u');
/** A body after a title's field: "(Vice President for Asia-Pacific) at CloudAxis". */
const AT_BODY = /^\s+at\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}\d’'&.-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}\d’'&.-]*){0,6}/u;
/** A body's name by its last word: a firm's legal form or an organization's head noun ("… Joint Stock Company", "… Group"). */
const NAMED_BODY_END = new RegExp(String.raw`\b(?:${ORGANIZATION_HEAD}|${FIRM_FORM}|Company)$`, 'u');
/** The body a title is held at: " of Mekong AI Labs", " at CloudAxis". */
const BODY_OF = /\s(?:of|at)\s+\S.*$/;

/** Lower-case words a title in apposition may open with: a title's own first words, articles, "former", "now", "who". */
const LOWER_OPENERS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, 'head', 'chief', 'chairman', 'chairwoman', 'director',
  'secretary', 'a', 'an', 'the', 'now', 'also', 'currently', 'who', 'then', 'until', 'formerly']
  .map((t) => t.split(/[\s-]/)[0]!).filter((w) => /^\p{Ll}/u.test(w)));

/**
 * Whether the stretch after a name may hold a title in apposition, by its first word: a cheap test before `rolesAfter`
 * (a capitalised word, or a lower-case word a title may open with).
 */
export function mayHoldRole(stretch: string): boolean {
  const first = /^\s*(?:,|[-–—]\s|\|)\s*([\p{L}]+)/u.exec(stretch)?.[1];
  return first !== undefined && (/^\p{Lu}/u.test(first) || LOWER_OPENERS.has(first) || AGENT_OPENING.test(stretch));
}

/** "former" before the capitalised words of a title found after them: "former (Provincial Party) Secretary". */
const FORMER_BEFORE = /\b(?:[Ff]ormer|[Ee]x-)\s*(?:\p{Lu}[\p{L}’'-]*\s+){1,4}$/u;
/** A noun of agent and "at" or "with" opening an apposition: ", mission manager at …" (see AGENT_ROLE). */
const AGENT_OPENING = new RegExp(String.raw`^\s*,\s*${AGENT_NOUN}\s+(?:at|with)\s+(?:the\s+)?\p{Lu}`, 'u');

/** Roles a list label gives every name after it: "Politburo members, Secretaries of the Party Central Committee:". */
export function rolesOfLabel(label: string): string[] {
  // "(Acting Chief of the Office: X)": a label may open a bracket the name closes.
  const open = label.lastIndexOf('(');
  const inner = open > label.lastIndexOf(')') ? label.slice(open + 1) : label;
  // "Former directors: X (2025–2028); Y (…)": a plural title of two words or more labels each name after it (one word alone, as
  // "Analysts:", "Reporters:", is a page's credit).
  const pieces = withoutParentheses(inner).split(/\s*,\s*/).map((p) => (isRole(p) || !/\S\s+\S/.test(p.trim()) ? p : singular(p)));
  return pieces.every((p) => isRole(p)) ? pieces.map(normalizeRole) : [];
}

/** A title's last word in the singular: "directors" → "director", "Chairmen" → "Chairman", "deputies" → "deputy". */
const singular = (title: string) => title.replace(/(?<=\p{L})(?:men|ies|s)$/u, (end) => ({ men: 'man', ies: 'y', s: '' })[end] ?? end);

const withoutParentheses = (text: string) => text.replace(/\s*\([^)]*\)?/g, '');
