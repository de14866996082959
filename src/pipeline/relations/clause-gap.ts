import { MAKING } from './cues.ts';

/*
 * What may stand between the parts of a relation in one sentence. Between an instrument and the
 * cue that ties it to another go the instrument's own particulars: its date, issuer and title
 * ("Plan No. 12 dated March 2, 2025 of the Provincial People's Committee on … to implement …"), a
 * verb that made it ("was issued", "which the Standing Board adopted on …"). A gap that opens
 * another clause breaks the tie: a verb of saying or asking, a conjunction of time or contrast, a
 * semicolon, a comma before a new subject, another instrument named without its number.
 */

/** Longest gap between an instrument and the cue after it (a long title fits). */
const SUBJECT_GAP = 240;
/** Longest gap between a cue and the instrument it governs ("a number of articles of", "the Politburo's"). */
const OBJECT_GAP = 60;

/** Words that open another clause. */
const BREAK = new RegExp(String.raw`[;:!?]|\b(?:said|says|say|saying|told|tells|asked|asks|asking|requested|requests|requesting|urged|urges`
  + String.raw`|urging|called\s+(?:on|for)|calls\s+(?:on|for)|calling\s+(?:on|for)|directed|instructed|instructing|proposed|proposing|suggested`
  + String.raw`|noted|stressed|emphasi[sz]ed|added|reported|reviewed|held|chaired|attended|met|discussed|while|whereas|but|although|though|because`
  + String.raw`|when|whereby|if|unless|after|before|since|until)\b`, 'i');
/** A comma before a new subject: ", the province …", ", he …". */
const NEW_SUBJECT = /,\s+(?:the|a|an|this|these|those|its|their|his|her|he|she|they|we|it|I)\s/i;
/** Another instrument the sentence names without its number, as the object of a verb or of "and": the cue governs it instead. */
const OTHER_INSTRUMENT = new RegExp(String.raw`\b(?:and|or|with|plus|issued|adopted|approved|signed|promulgated|developed|built)\s+(?:a|an|the`
  + String.raw`|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:plans?|programmes?|programs?|decisions?|resolutions?|directives?|decrees?|projects?|strategy`
  + String.raw`|strategies|schemes?|documents?)\b`, 'i');
/**
 * An instrument word in a cue's object: the cue governs that instrument, unless the word leads to the numbered one ("the action programme issued with
 * Resolution No. 03").
 */
const OBJECT_WORD = new RegExp(String.raw`\b(?:resolution|decision|plan|programme|program|directive|decree|circular|conclusion|strategy`
  + String.raw`|project|law|scheme)s?\b(?!\s+(?:of|in|under|issued\s+(?:with|under)|attached\s+to|promulgated\s+(?:with|under))\s)`, 'i');
/** What may join two objects of one cue: "Resolution 57 of the Politburo and the Government's Resolution 03", "Resolutions 57, 66 and 68". */
const LIST_JOIN = new RegExp(String.raw`^(?:\s+dated\s+[\w ]{3,20}(?:,\s*\d{4})?)?(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s*){1,6})?(?:,\s*(?:and\s+`
  + String.raw`|as\s+well\s+as\s+)?|\s+(?:and|&|as\s+well\s+as`
  + String.raw`|together\s+with)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s\s+)?$`, 'u');

/** A verb in a gap before a bare "under": the tasks "assigned under", a sandbox "for testing … under" are under it, not the instrument before. */
const OTHER_VERB = /\b(?!(?:issued|signed|promulgated|adopted|approved|dated|drawn|developed|made|established|formed|set)\b)\p{Ll}{3,}(?:ed|ing)\b/u;

/**
 * Whether an instrument before a cue is the one the cue ties (`gap`: the text between them); `bare`: a cue "under" or "pursuant to" without a verb of
 * its own.
 */
export function subjectGapOk(gap: string, bare = false): boolean {
  return gap.length <= SUBJECT_GAP && !BREAK.test(gap) && !NEW_SUBJECT.test(gap) && !OTHER_INSTRUMENT.test(gap) && !(bare && OTHER_VERB.test(gap));
}

/** Whether an instrument after a cue is its object (`gap`: the text between them). */
export function objectGapOk(gap: string): boolean {
  return gap.length <= OBJECT_GAP && !/[,;:()]/.test(gap) && !BREAK.test(gap) && !OBJECT_WORD.test(gap);
}

/** Longest gap between a fronted basis and the instrument the sentence reports made ("To implement O, the Committee issued S"). */
const FRONTED_GAP = 160;

/** Whether an instrument after a fronted basis is the one made on that basis: a comma ends the basis, a verb makes the instrument. */
export function frontedGapOk(gap: string, phrase: boolean): boolean {
  return gap.length <= FRONTED_GAP && gap.includes(',') && !BREAK.test(gap.slice(gap.indexOf(','))) && (phrase || MAKING.test(gap));
}

/** Whether the text between two instruments lists them as objects of one cue. */
export const listGapOk = (gap: string): boolean => gap.length <= 80 && LIST_JOIN.test(gap);
