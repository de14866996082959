import { allMatches } from '../extract/all-matches.ts';
import { REACH, textBefore } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { contextIndex } from './context-index.ts';
import { preambles } from './preamble.ts';
import { NOTE_LABEL, SPEAKER_LABEL, type SentenceContext } from './sentence-context.ts';
import { LEADING_ARTICLE } from '../extract/name-grammar.ts';
import { WEEKDAYS } from '../time/words.ts';
import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';

/** A subject that is a share of things: "68.5 per cent of dossiers", "91% of communes"; what it does is a figure, no happening. */
// (After any of its qualifiers, or the "and" that joins its clause: "Only 78 per cent of documents (were signed digitally)", "and only
// 11% of small businesses (signed any contract)".)
export const SHARE_SUBJECT = new RegExp(String.raw`^(?:(?:and|only|just|about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)*`
  + String.raw`\d[\d.,]*\s*(?:%|per\s?cent|percent)`, 'i');

/**
 * Where a subject starts at the latest, after the preamble: after a dateline's dash ("(NA) - The …") or a word
 * that opens a clause ("after the Politburo met").
 */
const CLAUSE_OPEN = new RegExp(String.raw`(?:${SPEAKER_LABEL}|\s[-–—]\s+`
  + String.raw`|\b(?:after|when|before|while|since|as|said|says|that|where|which|who|Earlier|earlier|Later|later)\s+`
  // (And the main clause after a clause of time with its own verb, at the first comma after that verb but one inside a date: "two
  // years after the Politburo issued Resolution 57 of December 22, 2024, (the Steering Committee held …)".)
  + String.raw`|(?<=\b(?:after|before|since)\s[^;]{0,120}?\b\p{Ll}{2,}ed\b(?:[^,;]|,\s*\d){0,160}),\s+(?=(?:the|a|an)\s|\p{Lu})`
  // (And the main clause after an opening participle of who chaired it: "Chaired by X, Chairwoman of the …, (the council passed …)".)
  + String.raw`|^(?:Chaired|Presided\s+over|Led|Headed|Moderated|Hosted)\s+by\s+[^;]{2,160}?,\s+(?=(?:the|its|their)\s+\p{Ll}))`, 'gu');
/** Words at the end of a subject that belong to the verb: auxiliaries, adverbs, a first verb joined by "and" ("attended and delivered"). */
const VERB_TAIL = /(?:\s+(?:has|have|had|was|were|also|then|officially|formally|unanimously|jointly|\p{Ll}+ed\s+and|\p{Ll}+ed\s*,))+\s*$/u;
/** Nothing but a preposition before a time: "On (Monday)", "In (March)". */
const LEADING_PREPOSITION = /^\s*(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring)?\s*$/;
/** An occasion opening a clause before its day: "At its thematic session (on Tuesday, …,)", "During the visit (on …,)". */
const OCCASION_OPENING = /^\s*(?:At|In|During)\s+(?:the|its|their|a|an)\s+[^,;]{2,60}?\s*$/;
/** The same with no day, closed by its comma, and an apposition that names it again: "at its 24th session, a thematic session, ". */
// (Or the apposition alone, the preamble having read the occasion: "a thematic session, ".)
const OCCASION_CLAUSE = new RegExp(String.raw`^\s*(?:${NOTE_LABEL})?(?:(?:[Aa]t|[Dd]uring)\s+(?:the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}?${GATHERING_NOUN}`
  + String.raw`(?:,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${GATHERING_NOUN})?|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${GATHERING_NOUN}),\s+`, 'u');
/** A subject that names nothing: a pronoun or a bare determiner phrase. */
const PRONOUN = /^(?:it|they|he|she|we|this|that|these|those|which|who)$/i;
/** A participle's apposition that ends a subject, who led it: "(A delegation of X), led by the committee's Vice Chairman Y,". */
const LED_BY = /,\s+(?:led|headed|accompanied)\s+by\s+[^,;]{2,120},?\s*$/;
/**
 * The words of a time before the time read ("on", "at"), or a weekday the day in brackets after it dates: "HVCloud on Thursday
 * (3/10) launched …", read from "3/10".
 */
const TIME_TAIL = new RegExp(String.raw`(?:\s+(?:on|in|at|during))?(?:\s+(?:last\s+|this\s+)?(?:${WEEKDAYS.join('|')}))?\s*\(?\s*$`, 'i');
/** Longest subject kept, in words. */
const MAX_SUBJECT_WORDS = 14;

/**
 * The subject of a verb at `at`: the words between the sentence's preamble (date, place,
 * "Earlier …", "Continuing …") or the last clause opening ("after", "said" …) and the verb, without
 * a time expression, auxiliaries or a first verb ("attended and"). A name ending at the verb is kept
 * whole, commas and all.
 * When one entity mention spans it, the entity's name. Empty when there is none or it is a pronoun.
 */
/**
 * A transcript's cue: its time code, then a speaker's label in capitals ("ANCHOR (Minh Thư):"), or either; or an entry's time of day
 * ("08:00: Vice Chairwoman X signed …", as a schedule lists a day's engagements).
 */
// (Or a note's label: "Editor's note: …".)
const CUE = new RegExp(String.raw`^(?:${NOTE_LABEL}|\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:\p{Lu}[\p{Lu}\s.’'-]*(?:\s*\([^)]*\))?:\s+)?`
  + String.raw`|\p{Lu}{2,}(?:\s*\([^)]*\))?:\s+|(?:[01]?\d|2[0-3])[:h][0-5]\d\s*[:–—-]\s+)`, 'u');

export function subjectBefore(context: SentenceContext, at: number): string {
  const { text, entities } = context;
  // The sentence's times, links, preamble and clause openings are looked up, not read again for each verb (see context-index.ts).
  const index = contextIndex(context);
  const marks = marksOf(context);
  const dateEnd = index.lastTimeEnd(at);
  const clause = marks.preamble(dateEnd, at).clauseStart;
  const shared = passiveOpening(text, at);
  if (shared) return shared;
  let start = marks.lastOpeningEnd(clause, at) ?? clause;
  let end = Math.min(at, index.nextTimeStart(start) ?? at);
  // "On Monday the minister met …", "Yesterday afternoon the committee held …": a time after nothing but its preposition opens
  // the clause; the subject is after it.
  if (end < at && LEADING_PREPOSITION.test(text.slice(start, end))) {
    const after = context.times.find((t) => t.start === end)?.end;
    if (after !== undefined && after < at) {
      start = after;
      end = Math.min(at, index.nextTimeStart(start + 1) ?? at);
    }
  } else if (end < at && OCCASION_OPENING.test(text.slice(start, end))) {
    // "At its thematic session on Tuesday, 10 July, the Council adopted …": the occasion and its day open the clause; the subject is
    // after their comma.
    const after = context.times.find((t) => t.start === end)?.end;
    const comma = after === undefined ? null : /^\s*,\s*/.exec(text.slice(after, at));
    if (after !== undefined && comma) {
      start = after + comma[0].length;
      end = Math.min(at, index.nextTimeStart(start + 1) ?? at);
    }
  }
  // "This morning, at its 24th session, a thematic session, the Council passed …": an occasion with no day of its own (and its
  // apposition) opens the clause too; the subject is after its comma.
  const occasionFirst = end === at ? OCCASION_CLAUSE.exec(text.slice(start, end)) : null;
  if (occasionFirst) start += occasionFirst[0].length;
  // A name that ends at the verb is the subject, commas and all ("the Steering Committee for science, technology and …").
  const before = textBefore(text, end);
  const tail = end - before.length + before.replace(VERB_TAIL, '').trimEnd().length;
  const named = index.linksEnding(tail - 1, tail).find((l) => l.start < start);
  if (named) start = named.start;
  // A subject is at most MAX_SUBJECT_WORDS words: a stretch longer than REACH is none.
  if (end - start > REACH) return '';
  const raw = text.slice(start, end).replace(TIME_TAIL, '').replace(VERB_TAIL, '').replace(LED_BY, '');
  const lead = raw.length - raw.trimStart().length;
  // "December 10: The Vietnam Innovation Summit opened …": the mark after a time that opened the clause is not the subject's.
  // "[06:01:10] ANCHOR: Bắc Ninh province … signed …": a transcript's time code and speaker's label are not the subject's.
  const subject = raw.trim().replace(CUE, '').replace(/^[:;,–—-]\s*/, '').replace(LEADING_ARTICLE, '');
  const from = start + lead + (raw.trim().length - subject.length);
  if (!subject || PRONOUN.test(subject) || subject.split(/\s+/).length > MAX_SUBJECT_WORDS || !/\p{L}/u.test(subject)) return '';
  // A mention that runs past the subject ("National Assembly on June" read as one name) does not name it.
  const spanning = index.linksEnding(from + subject.length - 1, from + subject.length + 1).find((l) => l.start <= from + 1);
  return (spanning && entities.get(spanning.entity)?.name) || subject;
}

/**
 * "The Fund was established under Decision … of the … Committee and launched on 14 May": a verb after "and", in a sentence that opened
 * with its subject and a passive, shares that subject, which this returns (without its article); undefined otherwise.
 * (The clause is the sentence's first, which a date inside it does not end; within REACH of its start.)
 */
export function passiveOpening(text: string, at: number): string | undefined {
  // (A verb with an auxiliary of its own, "… and was signed by …", tells its own act.)
  const shared = at <= REACH && AND_BEFORE.test(textBefore(text, at, 8)) && !AUXILIARY.test(text.slice(at, at + 8))
    ? SHARED_PASSIVE.exec(text.slice(0, at)) : null;
  return shared ? shared[1]!.replace(LEADING_ARTICLE, '') : undefined;
}

/** An auxiliary that opens a verb. */
const AUXILIARY = /^(?:was|were|is|are|has|have|had)\b/;
/** "and" right before a verb. */
const AND_BEFORE = /\band\s+$/;
/**
 * A clause that opens with its subject, of up to six words, and a passive, then runs on to an "and" before a second verb: "The Fund was
 * established under …". Group: the subject.
 */
const SHARED_PASSIVE = new RegExp(String.raw`^\s*((?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?\p{Lu}[\p{L}\p{M}\d’'-]*(?:\s+[\p{L}\p{M}\d’'-]+){0,5}?)`
  + String.raw`\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|t)\b(?:\s+up)?\s[^;:]*?\band\s+$`, 'u');

/** What `subjectBefore` reads of a sentence for each of its verbs: its preamble, and where its clauses open. */
interface Marks {
  preamble: ReturnType<typeof preambles>;
  /** The end of the last clause opening between two offsets, as a search of the stretch between them finds it, or undefined. */
  lastOpeningEnd(from: number, to: number): number | undefined;
}

const marks = new WeakMap<SentenceContext, Marks>();

/** The marks of a sentence, read when its first verb is asked about. */
function marksOf(context: SentenceContext): Marks {
  let found = marks.get(context);
  if (found) return found;
  const { text } = context;
  const openings = allMatches(CLAUSE_OPEN, text);
  const endOf = (m: RegExpExecArray) => m.index + m[0].length;
  // Whether an opening of the whole text runs across an offset: then the stretch is read as cut there.
  const across = (offset: number) => {
    const m = openings[firstAtLeast(openings, offset, (o) => o.index) - 1];
    return m !== undefined && endOf(m) > offset;
  };
  found = {
    preamble: preambles(text),
    lastOpeningEnd(from, to) {
      if (across(from) || across(to)) {
        let end: number | undefined;
        for (const m of text.slice(from, to).matchAll(CLAUSE_OPEN)) end = from + m.index + m[0].length;
        return end;
      }
      const last = openings[firstAtLeast(openings, to + 1, endOf) - 1];
      return last && last.index >= from ? endOf(last) : undefined;
    },
  };
  marks.set(context, found);
  return found;
}

/** A verb in the past before "and": "held", "met", or a form in "-ed" not after an article ("the amended law"). */
const EARLIER_VERB = /(?<!\b(?:the|a|an|its|their)\s+)\b(?:held|met|made|gave|\p{Ll}{3,}ed)\b/gu;

/**
 * The subject of a verb joined by "and" to a verb before it in its clause ("the People's Committee … held a ceremony … and
 * launched …"): that verb's subject. Empty when no such verb is within REACH before it.
 */
export function sharedSubject(context: SentenceContext, at: number): string {
  const before = textBefore(context.text, at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), 0));
  const verb = allMatches(EARLIER_VERB, clause).at(-1);
  return verb ? subjectBefore(context, at - clause.length + verb.index) : '';
}

