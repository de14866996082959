import { allMatches } from '../extract/all-matches.ts';
import { firstAtLeast } from '../sorted-spans.ts';

/** Verbs of saying, which own the time written beside them ("said on Thursday that the ministry had …"). */
const SAYING = /\b(?:said|says|told|stated|added|noted|stressed|affirmed|emphasi[sz]ed)\b/g;
/** How close to a verb of saying a time is written to be its time. */
const SAID_GAP = 4;
/** Words that set two happenings of a sentence apart in time. */
const APART = /\b(?:after|before|following|since|until|prior\s+to|ahead\s+of)\b/gi;
/** APART, for one stretch. */
const APART_IN = new RegExp(APART.source, 'i');
const WORD = /\w/;

/**
 * What the event reader asks of one sentence again and again, read once: where its ", " stretches
 * and semicolons are, the words that set happenings apart, its verbs of saying. Each answer is a
 * binary search: asked for each happening and time of a sentence of thousands, reading the text
 * again was quadratic (and worse, for the owner of each time).
 */
export interface SentenceIndex {
  /** Which comma-separated stretch an offset is in: `text.slice(0, offset).split(/,\s/).length`. */
  segment(offset: number): number;
  /** Whether a semicolon stands between two offsets. */
  semicolonBetween(from: number, to: number): boolean;
  /** Whether a word that sets happenings apart ("after", "before" …) stands between two offsets, as if the stretch were cut out. */
  apartBetween(from: number, to: number): boolean;
  /**
   * Whether a verb of saying ends just before a stretch or starts just after it; not one after a comma that closes the stretch's
   * clause, when `closed` ("X, who inspected the park on Friday, said …": the day is the inspection's).
   */
  saidBeside(start: number, end: number, closed?: boolean): boolean;
  /**
   * Where the first relative clause with its own verb at or after an offset opens (", which absorbed …", ", who was …"), or Infinity:
   * a time past it is that clause's, not a happening's before it.
   */
  relativeFrom(from: number): number;
}

/** A relative clause with its own verb, past or of being: ", which absorbed", ", who was". */
const RELATIVE = /,\s+(?:which|who)\s+(?:\p{Ll}{2,}ed|had|has|was|were|became|began|took|won|grew|rose|fell|made|gave|held|met|left|led|saw)\b/gu;

/** The index of a sentence's text. */
export function indexSentence(text: string): SentenceIndex {
  // Each list is found when first needed: most sentences are asked only some of these questions.
  const list = <T>(find: () => T[]) => {
    let found: T[] | undefined;
    return () => (found ??= find());
  };
  const commas = list(() => allMatches(/,\s/g, text).map((m) => m.index));
  const semicolons = list(() => allMatches(/;/g, text).map((m) => m.index));
  const apart = list(() => allMatches(APART, text));
  const sayings = list(() => allMatches(SAYING, text));
  const relatives = list(() => allMatches(RELATIVE, text).map((m) => m.index));
  const at = (n: number) => n;
  return {
    segment: (offset) => firstAtLeast(commas(), offset - 1, at) + 1,
    semicolonBetween: (from, to) => (semicolons()[firstAtLeast(semicolons(), from, at)] ?? Infinity) < to,
    apartBetween(from, to) {
      if (from >= to) return false;
      // A stretch cut inside a word reads its edges as word boundaries, which the whole text does not: read it as cut.
      if ((from > 0 && WORD.test(text[from - 1]!) && WORD.test(text[from]!)) || (to < text.length && WORD.test(text[to - 1]!) && WORD.test(text[to]!))) {
        return APART_IN.test(text.slice(from, to));
      }
      const first = apart()[firstAtLeast(apart(), from, (m) => m.index)];
      return first !== undefined && first.index + first[0].length <= to;
    },
    relativeFrom: (from) => relatives()[firstAtLeast(relatives(), from, at)] ?? Infinity,
    saidBeside(start, end, closed = false) {
      const ending = sayings()[firstAtLeast(sayings(), start - SAID_GAP, (m) => m.index + m[0].length)];
      if (ending && ending.index + ending[0].length <= start + SAID_GAP) return true;
      const starting = sayings()[firstAtLeast(sayings(), end - SAID_GAP, (m) => m.index)];
      return starting !== undefined && starting.index <= end + SAID_GAP && !(closed && /^\s*,\s*$/.test(text.slice(end, starting.index)));
    },
  };
}
