/**
 * The grammar of capitalised names, written once for titles (roles.ts), organizations
 * (organization-parser.ts) and laws and programmes (law-parser.ts). Pattern sources, to be
 * compiled once at module level by each parser.
 *
 * A name is a run of capitalised words, with the function words that may stand between them
 * ("of", "for", "on", "in", "the", "and"); a complement after "of/for/on" may list coordinated
 * capitalised nouns ("Science, Technology and Innovation": commas only inside a list closed by
 * "and"), may open with a locality adjective ("the provincial Department of Health") and may be a
 * possessive body ("the National Assembly's Committee for …").
 */

/**
 * A capitalised word (letters, digits, apostrophes, hyphens and "&" inside; an en dash before another capitalised word, as a committee's
 * fields are joined: "Economic–Budget").
 */
export const CAP = String.raw`[\p{Lu}][\p{L}\d’'&-]*(?:–\p{Lu}[\p{L}\d’'&-]*)*`;
/** A capitalised word or a number ("Project 06", "Plan VIII"). */
export const CAP_OR_NUMBER = String.raw`[\p{Lu}\d][\p{L}\d’'&-]*(?:–\p{Lu}[\p{L}\d’'&-]*)*`;
/**
 * Function words between the capitalised words of one name, and "the" after a gerund, before its object ("Developing the National
 * Data Ecosystem"). "in" before a place named with its kind in lower case ("… School in
 * Cau Giay ward", "… Hospital in Tien Du district") says where the body is: the place is no part of its name.
 */
const link = (andGuard: string) => String.raw`(?:(?:of|for|on|in(?!\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,3}${PLACE_KIND}\b))(?:\s+the)?\s+`
  + String.raw`|and\s+${andGuard}|(?<=[\p{Lu}]\p{Ll}+ing\s+)the\s+`
  // (A dash set apart by blanks between two words of a committee's name: "Economic - Budget Committee".)
  + String.raw`|(?<=[\p{Lu}]\p{Ll}+\s)[-–]\s+(?=[\p{Lu}]\p{Ll}+\s+[\p{Lu}]))`;
/** The kinds of place written in lower case after a place's name: "Cau Giay ward", "Tien Du district". */
const PLACE_KIND = String.raw`(?:ward|commune|district|town|township|province|city|village|hamlet)`;
/** Lowercase locality adjectives a body's name may open with: "the provincial Department of Health". */
export const LOCALITY = String.raw`(?:provincial|municipal|city|district|commune|national|central)`;

/**
 * A run of capitalised words joined by function words. `guard` is a lookahead put before every
 * word, to end the run at a word that starts another name ("Law on Investment and Resolution No. 1");
 * `andGuard` one put after "and" only, to end it where "and" joins a second name ("… Committee and
 * Chairwoman of …").
 */
export const capitalRun = (guard = '', word = CAP, andGuard = '') => String.raw`${guard}${word}(?:\s+${link(andGuard)}?${guard}${word})*`;

/** Runs coordinated in a list closed by "and": "Science, Technology and Innovation". */
export const capitalList = (run: string, andGuard = '') => String.raw`${run}(?:(?:,\s+${andGuard}${run})*,?\s+and\s+${andGuard}${run})?`;

/** Days and months: "on Thursday", "in March" date the clause, they are not the name of a body. */
export const CALENDAR = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July`
  + String.raw`|August|September|October|November|December)\b`;

/** An "of/for/on (the) …" complement whose object is a capitalised name or list of names. */
export const complement = (run = capitalRun(), heads = '(?:of|for|on)', andGuard = '') =>
  String.raw`\s+${heads}\s+(?!${CALENDAR})(?:the\s+)?(?:${LOCALITY}\s+)?(?:(?:${CAP}\s+){0,4}${CAP}[’']s\s+)?${capitalList(run, andGuard)}`;

/**
 * Why a capitalised word at the start of a run is not part of a name, by its shape: the sentence
 * capitalised it, and it is a function word (determiner, pronoun, preposition, conjunction,
 * adverb), a verb form or adverb opening a clause ("Implementing", "Thoroughly", "According"), a
 * plural common noun naming people ("Ministers", "Leaders", "Delegates"), or a quantifying or
 * evaluative adjective ("Key", "Specific", "Relevant", "New", "Draft").
 */
const FUNCTION_WORD = String.raw`(?:The|This|That|These|Those|A|An(?=\s+[AEIOUaeiou])|Our|Its|Their|His|Her|Each|Every|All|Both|Some|Any|No|In|On|At`
  + String.raw`|By|For|With|Under|From|To|Of|Into|Through|Upon|After|Before|During|Since|Until|Within|Besides|And|But|Or|So|Also|Then|Thus|Meanwhile`
  + String.raw`|However|Moreover|Accordingly|Previously|Currently|Together|Here|There|As|If|When|While|Where|Although)`;
const CLAUSE_VERB = String.raw`[\p{Lu}][\p{Ll}]+(?:ing|[b-hj-tv-z]ly)`;
const PERSON_PLURAL = String.raw`[\p{Lu}][\p{Ll}]+(?:ers|ors|ents|ants|ists|ives|ates|ials|ians|ies|ons)`;
const ADJECTIVE = String.raw`(?:Key|Main|Major|Important|Specific|Relevant|Other|Several|Many|Few|Various|Such|Same|New|Amended`
  + String.raw`|Draft|Revised|Current|Existing|Previous|Former|Upcoming|Related|Remaining)`;
/** Words that cannot open a name (see above), each followed by its space. */
const NOT_NAME_START = new RegExp(String.raw`^(?:(?:${FUNCTION_WORD}|${PERSON_PLURAL}|${ADJECTIVE})\s+)+`, 'u');
/** The same, with the verb forms that open a clause: only there is "Standing" not an adjective of the name. */
const NOT_NAME_START_OF_CLAUSE = new RegExp(String.raw`^(?:${CLAUSE_VERB}\s+)?(?:(?:${FUNCTION_WORD}|${PERSON_PLURAL}|${ADJECTIVE})\s+)*`, 'u');

/** True when a text position opens a sentence or clause: its start, or after a comma, semicolon, colon or bracket. */
export const opensClause = (text: string, index: number) => /(?:^|[,;:(])\s*$/.test(text.slice(Math.max(0, index - 4), index)) || index === 0;

/**
 * The words at the start of a capitalised run that are not part of the name (empty when none).
 * `clauseStart`: the run opens a sentence or clause, where "Implementing Resolution …" is a verb.
 */
export const leadNotInName = (run: string, clauseStart = false) => (clauseStart ? NOT_NAME_START_OF_CLAUSE : NOT_NAME_START).exec(run)?.[0] ?? '';

/** An article opening a phrase: "the", "a", and "an" only before a vowel ("An Giang Social Insurance" opens with a place). */
export const LEADING_ARTICLE = /^(?:the|a|an(?=\s+[aeiou]))\s+/i;

/** Capital letters to a name's case: "THANH HOA" → "Thanh Hoa", "DEPUTY PRIME MINISTER" → "Deputy Prime Minister". */
export const titleCase = (text: string) => text.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
