/** "final" as a noun, not an adjective before one ("the final draft"): before a preposition, a verb or the clause's end. */
const AS_NOUN = String.raw`(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|in|on|at|for|with|was|were|is|will|took|drew|ended|opened|closed|began|and|held)\b)`;
/**
 * A word that is a verb as often as a gathering's noun ("deputies will debate the bill", "was sitting beside him") as a noun: not
 * after a modal, "to", a form of "be" or a pronoun that makes it a verb.
 */
const NOT_AFTER_VERB = String.raw`(?<!\b(?:to|will|would|can|could|should|must|may|might|shall|did|do|does|not|they|we|was|were|is|are|be|been|am|while)\s+)`;
/** "sitting" as a noun: not a body's posture ("sitting down", "sitting beside the minister"). */
const NOT_POSTURE = String.raw`(?!\s+(?:down|beside|next|alongside|together|around|behind|opposite)\b)`;

/** A gathering's noun, with what must or must not stand beside it for the word to be that noun. */
interface Noun { before?: string; word: string; after?: string }

/**
 * The nouns of gatherings: what is held, opened, chaired or addressed, and what a happening may be "at". One list for every stage
 * that reads them (meetings, remarks, launches, the occasion a sentence names).
 */
const NOUNS: Noun[] = [...['conference', 'meeting', 'congress', 'session', 'forum', 'summit', 'ceremony', 'seminar', 'workshop', 'plenum',
  'dialogue', 'festival', 'exhibition', 'expo', 'fair', 'briefing', 'auction', 'contest', 'competition', 'hackathon', 'hearing', 'symposium',
  'roundtable', 'webinar',
  // (A school's or a firm's day of its doors open to visitors: "the college held an open day for about 600 pupils and parents".)
  'open day', 'open house'].map((word) => ({ word })),
{ word: 'final', after: AS_NOUN }, { word: 'semi-?final', after: AS_NOUN },
// An assembly's sitting and its debate ("a plenary debate on 12 November", "chaired Wednesday's sitting").
{ before: NOT_AFTER_VERB, word: 'debate' }, { before: NOT_AFTER_VERB, word: 'sitting', after: NOT_POSTURE }];

const written = (n: Noun, word: string) => `${n.before ?? ''}${word}${n.after ?? ''}`;

/** The nouns of gatherings as one alternative, in lower case (for patterns with the `i` flag). */
export const GATHERING_NOUN = `(?:${NOUNS.map((n) => written(n, n.word)).join('|')})`;

/** The nouns of gatherings with a capital or without ("[Cc]onference"), for patterns that are case-sensitive elsewhere. */
export const GATHERING_NOUN_ANY_CASE = `(?:${NOUNS.map((n) => written(n, `[${n.word[0]!.toUpperCase()}${n.word[0]}]${n.word.slice(1)}`)).join('|')})`;

/**
 * The nouns of gatherings in capitals ("QUESTIONING SESSION"), as a heading writes them. (What must not stand beside a noun is left
 * as written: it is a guard, and a guard in lower case keeps nothing out of a heading in capitals.)
 */
export const GATHERING_NOUN_CAPITALS = `(?:${NOUNS.map((n) => written(n, n.word.toUpperCase())).join('|')})`;

/**
 * The nouns of the people a body or a person meets, in the plural: "met voters", "met village heads and commune officials". One list
 * for the stages that read whom a gathering was with (meetings, hosts).
 */
export const PEOPLE_MET = String.raw`(?:representatives|leaders|members|delegates|voters|constituents|residents|workers|farmers|students`
  + String.raw`|teachers|scientists|entrepreneurs|officials|heads|chiefs|elders|households|businesses|customers|investors|experts)`;
/** The people met, in lower case, named by up to two words of where or what they are before their noun: "village heads", "local farmers". */
export const PEOPLE_MET_NAMED = String.raw`(?:[\p{Ll}-]+\s+){0,2}?${PEOPLE_MET}\b`;

/**
 * A compound that makes a gathering's noun another kind of gathering: a "working session" (bodies meeting to work on a matter) or a
 * "training session" is no sitting that "the session" names. Group: the noun.
 */
export const OTHER_KIND_OF = new RegExp(String.raw`\b(?:working|training|information|practice)\s+(${GATHERING_NOUN})\b`, 'giu');
