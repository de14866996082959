import { splitPreamble } from './preamble.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Where a subject starts at the latest, after the preamble: after a dateline's dash ("(NA) - The …") or a word
 * that opens a clause ("after the Politburo met").
 */
const CLAUSE_OPEN = /(?:\s[-–—]\s+|\b(?:after|when|before|while|since|as|said|says|that|where|which|who|Earlier|earlier|Later|later)\s+)/g;
/** Words at the end of a subject that belong to the verb: auxiliaries, adverbs, a first verb joined by "and" ("attended and delivered"). */
const VERB_TAIL = /(?:\s+(?:has|have|had|was|were|also|then|officially|formally|unanimously|jointly|\p{Ll}+ed\s+and|\p{Ll}+ed\s*,))+\s*$/u;
/** A subject that names nothing: a pronoun or a bare determiner phrase. */
const PRONOUN = /^(?:it|they|he|she|we|this|that|these|those|which|who)$/i;
/** Longest subject kept, in words. */
const MAX_SUBJECT_WORDS = 14;

/**
 * The subject of a verb at `at`: the words between the sentence's preamble (date, place,
 * "Earlier …", "Continuing …") or the last clause opening ("after", "said" …) and the verb, without
 * a time expression, auxiliaries or a first verb ("attended and"). A name ending at the verb is kept
 * whole, commas and all.
 * When one entity mention spans it, the entity's name. Empty when there is none or it is a pronoun.
 */
export function subjectBefore(context: SentenceContext, at: number): string {
  const { text, links, times, entities } = context;
  const dateEnd = Math.max(0, ...times.filter((t) => t.end <= at).map((t) => t.end));
  const clause = splitPreamble(text, dateEnd, at).clauseStart;
  let start = clause;
  for (const m of text.slice(clause, at).matchAll(CLAUSE_OPEN)) start = clause + m.index + m[0].length;
  let end = at;
  for (const t of times) if (t.start > start && t.start < end) end = t.start;
  // A name that ends at the verb is the subject, commas and all ("the Steering Committee for science, technology and …").
  const tail = text.slice(0, end).replace(VERB_TAIL, '').trimEnd().length;
  const named = links.find((l) => l.end >= tail - 1 && l.end <= tail && l.start < start);
  if (named) start = named.start;
  const raw = text.slice(start, end).replace(/\s+(?:on|in|at|during)\s*$/i, '').replace(VERB_TAIL, '');
  const lead = raw.length - raw.trimStart().length;
  const subject = raw.trim().replace(/^(?:the|a|an)\s+/i, '');
  const from = start + lead + (raw.trim().length - subject.length);
  if (!subject || PRONOUN.test(subject) || subject.split(/\s+/).length > MAX_SUBJECT_WORDS || !/\p{L}/u.test(subject)) return '';
  // A mention that runs past the subject ("National Assembly on June" read as one name) does not name it.
  const spanning = links.find((l) => l.start <= from + 1 && l.end >= from + subject.length - 1 && l.end <= from + subject.length + 1);
  return (spanning && entities.get(spanning.entity)?.name) || subject;
}
