/**
 * Whether a figure is reported rather than promised. A target needs a forward-looking frame (aims,
 * targets, strives, will, must, is to, by …); a figure governed by a verb of having reached it
 * ("reached 97.5%", "remains low at 41%", "accounted for 17%", "96% of communes had …") is the
 * current state, not a target, unless a forward-looking word comes after that verb.
 */

/** Verbs of a state reached or reported, not after a modal or "to" ("will have reached" looks forward); "has" alone is a state, not a report. */
const REPORTED = /(?<!\b(?:to|will|would|shall|must|should|can|may|could)\s+(?:have\s+|be\s+)?)\b(?:reached|achieved|attained|was|were|stood|stands|remains?|remained|rose|grew|increased|decreased|declined|fell|dropped|accounted|had|hit|totall?ed|recorded|registered|completed|exceeded|surpassed|estimated|so far|currently|now)\b/gi;
/** Words that look forward: modals, intentions, infinitives ("by" a time is weaker: "by the end of May, 42% had been …"). */
const FORWARD = /\b(?:will|shall|must|aims?|aimed|aiming|targets?|targeted|targeting|strives?|striving|goals?|plans?|planned|expects?|expected|seeks?|sets?|setting|should|needs?|requires?|required|commits?|committed|is to|are to|to\s+(?!(?:the|a|an|date|this|that|these|those|its|their|our|his|her|all|each|every|some|about|around|over|under)\b)\p{Ll}+)\b/giu;
/** Past forms after a figure that report it ("96% of communes had fibre", "42% had been disbursed"). */
const REPORTED_AFTER = /\b(?:reached|achieved|was|were|stood|remains?|remained|rose|grew|fell|accounted|had|hit|totall?ed|recorded|registered|completed|exceeded)\b/gi;
/** How many words after a figure may hold the verb that reports it ("42% of the budget allocated for 2025 had been …"). */
const AFTER_WORDS = 14;
/** Where the words after a figure stop governing it. */
const CLAUSE_END = /[,;:.()]|\s(?:while|but|whereas)\s/;

/** Index of the last match of a global pattern in a text, or -1. */
function lastIndex(pattern: RegExp, text: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index;
  return at;
}

/** Index of the first match of a global pattern in a text, or -1. */
function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.index ?? -1;
}

/** Whether the figure at `start`-`end` of a sentence is a reported value: see the module comment. */
export function isReported(text: string, start: number, end: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(':', start)) + 1;
  const before = text.slice(clauseStart, start);
  const reported = lastIndex(REPORTED, before);
  if (reported >= 0 && reported > lastIndex(FORWARD, before)) return true;
  if (reported >= 0 || lastIndex(FORWARD, before) >= 0) return false;
  const rest = text.slice(end);
  const after = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length).split(/\s+/).slice(0, AFTER_WORDS).join(' ');
  const next = firstIndex(REPORTED_AFTER, after);
  return next >= 0 && lastIndex(FORWARD, after.slice(0, next)) < 0;
}
