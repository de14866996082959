/** "final" as a noun, not an adjective before one ("the final draft"): before a preposition, a verb or the clause's end. */
const AS_NOUN = String.raw`(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|in|on|at|for|with|was|were|is|will|took|drew|ended|opened|closed|began|and|held)\b)`;

/**
 * The nouns of gatherings: what is held, opened, chaired or addressed, and what a happening may be "at". One list for every stage
 * that reads them (meetings, remarks, launches, the occasion a sentence names).
 */
export const GATHERING_NOUNS = ['conference', 'meeting', 'congress', 'session', 'forum', 'summit', 'ceremony', 'seminar', 'workshop', 'plenum',
  'dialogue', 'festival', 'exhibition', 'expo', 'fair', 'briefing', 'auction', `final${AS_NOUN}`, `semi-?final${AS_NOUN}`, 'contest',
  'competition', 'hackathon', 'hearing', 'symposium', 'roundtable', 'webinar'];

/** GATHERING_NOUNS as one alternative, in lower case (for patterns with the `i` flag). */
export const GATHERING_NOUN = `(?:${GATHERING_NOUNS.join('|')})`;

/** GATHERING_NOUNS with a capital or without ("[Cc]onference"), for patterns that are case-sensitive elsewhere. */
export const GATHERING_NOUN_ANY_CASE = `(?:${GATHERING_NOUNS.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})`;
