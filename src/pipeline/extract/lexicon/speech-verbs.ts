/**
 * Verbs that report what someone said, in the past and the present ("said", "says"): the one list
 * behind both the person parser (a subject before them is a person) and the statements (the
 * sentence is that person's). As pattern source, each alternative a whole word or two.
 */
const SAYING: [past: string, present: string][] = [
  ['said', 'says'], ['stated', 'states'], ['stressed', 'stresses'], ['emphasi[sz]ed', 'emphasi[sz]es'],
  ['affirmed', 'affirms'], ['noted', 'notes'], ['asked', 'asks'], ['urged', 'urges'], ['requested', 'requests'],
  ['suggested', 'suggests'], ['proposed', 'proposes'], ['pointed out', 'points out'], ['highlighted', 'highlights'],
  ['called (?:on|for)', 'calls (?:on|for)'], ['added', 'adds'], ['shared', 'shares'], ['acknowledged', 'acknowledges'],
  ['hoped', 'hopes'], ['expressed', 'expresses'], ['mentioned', 'mentions'], ['directed', 'directs'],
  ['asserted', 'asserts'], ['underlined', 'underlines'], ['underscored', 'underscores'], ['declared', 'declares'],
  ['remarked', 'remarks'], ['told', 'tells'], ['explained', 'explains'], ['insisted', 'insists'],
  ['warned', 'warns'], ['argued', 'argues'], ['announced', 'announces'], ['believed', 'believes'],
  // (Judging aloud is saying: "praised the council for …", "commended the province on …".)
  ['praised', 'praises'], ['commended', 'commends'], ['congratulated', 'congratulates'],
  // (So are reminding and assuring: "reminded notary offices that …", "assured investors that …".)
  ['reminded', 'reminds'], ['assured', 'assures'],
];

/** Any verb of saying, as a pattern source. */
export const SAYING_VERB = `(?:${SAYING.flat().sort((a, b) => b.length - a.length).join('|')})`;

/** A verb of saying in the past, a whole word: "said", "stressed", "emphasized" (not "called on", which is two). */
export const SAID_WORD = new RegExp(`^(?:${SAYING.map(([past]) => past).filter((p) => !p.includes(' ')).join('|')})$`);

/**
 * What may stand between a subject and its verb: a parenthetical clause between commas
 * ("Khiem, who led the former ministry, said") and an auxiliary or adverb ("has", "also").
 */
export const BEFORE_VERB = String.raw`\s*(?:,[^,;]{0,120},\s*)?(?:(?:has|have|had|also|then|once|later|further)\s+){0,2}`;

/** A verb of saying right after a subject: test it on the text after the subject. */
export const SAID_AFTER = new RegExp(String.raw`^${BEFORE_VERB}${SAYING_VERB}\b`);
