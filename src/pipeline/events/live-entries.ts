import type { Sentence } from '../extract/sentences.ts';
import type { Link } from '../extract/resolve.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import type { TimeExpression } from '../time/types.ts';
import { MONTH } from '../time/words.ts';
import { IRREGULAR_PAST, pastOf } from '../extract/lexicon/irregular-verbs.ts';

/** A month's name, without MONTH's group. */
const MONTH_WORD = MONTH.replace(/\(/, '(?:');
/**
 * A paragraph that opens with its time, as the entries of a live report or a chronology do: a time of day ("08:30 – …",
 * "10.15 - …", "9h30: …") or a day ("• Jan 8 – …", "8 January – …", "08/01 – …"), after a bullet or not.
 */
const STAMP = new RegExp(String.raw`^\s*(?:[•*·▪-]\s*)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?`
  // A chronology's dates with their years: "22 December 2024 – …", "February 2025 – …".
  + String.raw`|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|${MONTH_WORD}\s+\d{4}|\d{1,2}/\d{1,2}(?:/\d{4})?)\s*(?:[-–—:]|\|)\s+`);
/** The words a stamp's line may carry after it and still be only the entry's heading ("16:35 – Six agreements signed"). */
const HEADING_WORDS = 10;
/** The longest such line, in characters. */
const STAMP_LINE_CHARS = 160;

/**
 * Whether a paragraph is only an entry's stamp and its heading ("17:48", "16:35 – Six agreements signed"): the paragraphs after
 * it, up to the next such line or a heading, are the entry's body.
 */
export function isStampLine(text: string): boolean {
  // Such a line is short: a paragraph of prose is not read to its end.
  if (text.length > STAMP_LINE_CHARS) return false;
  const stamp = STAMP.exec(`${text.trim()} - `);
  return stamp !== null && text.trim().slice(Math.max(0, stamp[0].length - 3)).split(/\s+/).length <= HEADING_WORDS;
}

/** A passive in the present: "are signed", "is launched". Groups: the auxiliary, the participle. */
const PRESENT_PASSIVE = /\b(is|are)(\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|held|made|given|signed|won|sent|set|put|met|begun|taken|handed)\b)/gu;
/**
 * A verb in the present after its subject: a form in "-s" after a name or a pronoun ("Nam opens", "he says"), or a bare
 * form after a name or a plural noun and before an article ("Lâm and Trà press the button", "400 firms attend the forum").
 * Groups: the word before, the verb, its "-s".
 */
const PRESENT = /(\p{Lu}[\p{L}'’]*|\b(?:he|she|it|they|who)|\b\p{Ll}+[^s\W]s)\s+(\p{Ll}{2,}?)(ies|es|s)?(?=\s+(?:\p{L}|\d))/gu;
/**
 * A verb in the present after a singular noun in lower case, before an article: "… on science and digital transformation holds
 * a conference", "his New Zealand counterpart sign an agreement". Only the noun is consumed, so that each word may be one.
 * Groups: the noun, the space, the verb, its "-s".
 */
// (Or a verb of opening, starting or moving before a preposition, with no object: "the Kon Tum branch office opens in Kon Tum ward".)
const AFTER_NOUN = new RegExp(String.raw`\b(\p{Ll}{3,})(?=(\s+)(?:(\p{Ll}{2,}?)(ies|es|s)?\s+(?:the|a|an|their|his|her|its)\s`
  + String.raw`|(open|start|begin|close|move|relocate|merge)(s)?\s+(?:in|at|on|to|into|with)\s))`, 'gu');
/**
 * The present progressive: "is speaking", "are signing". Groups: the auxiliary and what stands between, the form in "-ing" (its
 * stem of three letters or more: no "thing" or "king"). Not "is going (to …)", which is still to come.
 */
const PROGRESSIVE = /\b((?:is|are)\s+(?:now\s+)?)(?!going\b|(?:some|no|any|every)thing\b|morning\b|evening\b|during\b)(\p{Ll}{3,}ing)\b/gu;
/** A thing said to be working now: "(Khánh Hòa Số 2.0) is live", "is now online". Group: the auxiliary and what stands between. */
const NOW_LIVE = /\b((?:is|are)\s+(?:now\s+)?)(?=(?:live|online)\b)/gu;
/** Bare forms are read as verbs only before an article ("press the button"). */
const BEFORE_ARTICLE = /^\s+(?:the|a|an|their|his|her|its)\s/;
/** Words of the closed classes (prepositions, conjunctions, auxiliaries, determiners) that PRESENT's shape also fits. */
const NOT_A_VERB = new RegExp(String.raw`^(?:in|on|at|of|for|with|to|into|from|by|as|and|or|but|nor|so|than|then|the|an|is|are|was|were|be|has|have`
  + String.raw`|had|does|do|did|goes|will|would|shall|should|can|could|may|might|must|this|these|those|his|its|thus|us|plus|less|unless|news|means`
  + String.raw`|always|perhaps|also|not|who|which|that|morning|afternoon|evening|night|today|yesterday|tomorrow|week|month|year)$`);

/** A verb already in the past ("held its ninth meeting", "signed the agreement"): an entry may tell what happened before it. */
const PAST_FORM = new RegExp(String.raw`^(?:\p{Ll}+ed|${IRREGULAR_PAST})$`, 'u');

/** An entry of a live report, with its text told in the past and the offsets of the one in the other. */
export interface LiveEntry {
  sentence: Sentence;
  /** The offset in the past text of an offset in the sentence's own text. */
  map: (offset: number) => number;
}

/**
 * A sentence of a live report's entry ("10:15 – Five memoranda of understanding are signed …") told in the past, so
 * that the readers of happenings, which read the past, read what the entry tells as happening at its time: "are signed"
 * becomes "were signed", "Nam opens the conference" "Nam opened the conference". An item of a list under a month heading
 * (`headed`: "FEBRUARY", then "The Politburo issues Conclusion No. …") is an entry too. Undefined for any other sentence.
 */
export function liveEntry(sentence: Sentence, blockText: string, headed = false): LiveEntry | undefined {
  if (!headed && !STAMP.test(blockText)) return undefined;
  const edits: { at: number; from: string; to: string }[] = [];
  for (const m of sentence.text.matchAll(PRESENT_PASSIVE)) edits.push({ at: m.index, from: m[1]!, to: m[1] === 'is' ? 'was' : 'were' });
  // "X is speaking" → "X spoke", "… is signing" → "… signed"; "the app is now live" → "the app went live".
  // (A speaker "is speaking now" delivers remarks: "spoke" alone names no speech.)
  for (const m of sentence.text.matchAll(PROGRESSIVE)) {
    edits.push({ at: m.index, from: m[0], to: m[2] === 'speaking' ? 'delivered remarks' : pastOfProgressive(m[2]!) });
  }
  for (const m of sentence.text.matchAll(NOW_LIVE)) edits.push({ at: m.index, from: m[1]!, to: 'went ' });
  for (const m of sentence.text.matchAll(PRESENT)) {
    const word = m[2]! + (m[3] ?? '');
    // A word in "-ss" is a bare form ("press"), not a stem and its "-s".
    const [stem, ending] = m[3] === 's' && m[2]!.endsWith('s') ? [word, undefined] : [m[2]!, m[3]];
    const at = m.index + m[1]!.length + (m[0].length - m[1]!.length - word.length);
    // After a plural noun only a bare form is a verb ("firms attend the forum"), not a form in "-s" ("the firms awards").
    const plural = /^\p{Ll}/u.test(m[1]!) && !/^(?:he|she|it|they|who)$/.test(m[1]!);
    // (A participle after a name is none: "the Provincial People's Committee reviewing the first six months".)
    if (NOT_A_VERB.test(word) || PAST_FORM.test(word) || (plural && ending) || (!ending && /ing$/.test(word))
      || (!ending && !BEFORE_ARTICLE.test(sentence.text.slice(at + word.length, at + word.length + 8)))) continue;
    const past = pastOf(word) ?? regularPast(stem, ending);
    if (past) edits.push({ at, from: word, to: past });
  }
  for (const m of sentence.text.matchAll(AFTER_NOUN)) {
    const [, noun, space] = m;
    const stem = m[3] ?? m[5];
    const ending = m[3] === undefined ? m[6] : m[4];
    // A plural noun is PRESENT's; a word of the closed classes ("to", "will", "and") is no subject.
    if (/[^s\W]s$/u.test(noun!) || NOT_A_VERB.test(noun!)) continue;
    const word = stem! + (ending ?? '');
    // A verb in the past already ("have just signed an agreement") stays as it is.
    if (PAST_FORM.test(word)) continue;
    const [base, end] = ending === 's' && stem!.endsWith('s') ? [word, undefined] : [stem!, ending];
    if (NOT_A_VERB.test(word) || NOT_A_VERB.test(base)) continue;
    const past = pastOf(word) ?? regularPast(base, end);
    edits.push({ at: m.index + noun!.length + space!.length, from: word, to: past });
  }
  // An item under a month heading or a stamp's line is an entry even when told in the past already.
  if (edits.length === 0) return headed ? { sentence, map: (offset) => offset } : undefined;
  edits.sort((a, b) => a.at - b.at);
  let text = '';
  let last = 0;
  const shifts: { at: number; shift: number }[] = [];
  for (const e of edits) {
    if (e.at < last) continue;
    text += sentence.text.slice(last, e.at) + e.to;
    last = e.at + e.from.length;
    shifts.push({ at: last, shift: (shifts.at(-1)?.shift ?? 0) + e.to.length - e.from.length });
  }
  text += sentence.text.slice(last);
  const map = (offset: number) => offset + (shifts[firstAtLeast(shifts, offset + 1, (s) => s.at) - 1]?.shift ?? 0);
  return { sentence: { ...sentence, text, end: sentence.start + text.length }, map };
}

/**
 * The past of a verb from its form in "-ing": "speaking" → "spoke", "making" → "made", "running" → "ran", "signing" → "signed",
 * "presiding" → "presided".
 */
function pastOfProgressive(form: string): string {
  const stem = form.slice(0, -3);
  const single = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  return pastOf(stem) ?? pastOf(`${stem}e`) ?? (single && pastOf(single)) ?? regularPast(stem, undefined);
}

/** The past of a regular verb from its present: "opens" → "opened", "launches" → "launched", "closes" → "closed". */
function regularPast(stem: string, ending: string | undefined): string {
  if (ending === 'ies') return `${stem}ied`;
  if (ending === 'es') return `${stem}ed`;
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
}

/** A time of a live entry's sentence, moved to the offsets of its past text. */
export function movedTime(t: TimeExpression, entry: LiveEntry): TimeExpression {
  const { start } = entry.sentence;
  return { ...t, start: start + entry.map(t.start - start), end: start + entry.map(t.end - start), sentence: entry.sentence };
}

/** The links of a block with those of a live entry's sentence moved to the offsets of its past text. */
export function movedLinks(links: readonly Link[], original: Sentence, entry: LiveEntry): Link[] {
  const { start } = original;
  return links.map((l) => (l.start >= start && l.end <= original.end
    ? { ...l, start: start + entry.map(l.start - start), end: start + entry.map(l.end - start) } : l));
}
