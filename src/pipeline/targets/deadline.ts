import { sameSentence } from '../events/sentence-links.ts';
import { allMatches } from '../extract/all-matches.ts';
import { textBefore } from '../reach.ts';
import type { Sentence } from '../extract/sentences.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { publicationEnd } from '../time/reference.ts';
import type { TimeExpression } from '../time/types.ts';
import { yearInName } from '../time/year-phrase.ts';
import { WEEKDAY } from '../time/words.ts';

/** A new clause between a figure and a deadline: ", and by 2030 …", "; by 2030 …". */
const NEXT_CLAUSE = /,\s+and\s|;/;

/** Words that refer back to the deadline stated before: "by the same year", "over the same period". */
const SAME_TIME = /\b(?:by|in|within|over|during|for)\s+the\s+same\s+(?:year|period|time|timeframe|deadline)\b/i;

/**
 * The words of a baseline right before its time, a figure in them: "from 111th place (this year)", "up from 41% (in 2025)". Not "from
 * 2025 to (2030)", nor where something comes from ("funded from the state budget in 2026", "from renewable sources by 2030").
 */
// (Or "against" one: "(85% …,) against 62% at the end of last year"; or a place in words: "up from sixth place in (2025)".)
// (Not "against a target of 30% (by 2030)": that is the aim.)
// (Or the level of a year a change is measured from: "(cut by 40%) from the 2025 level", "(rise by 20 points) compared with (2025)".)
const BASELINE_TIME = new RegExp(String.raw`\b(?:from|against(?![^,;]*\b(?:targets?|goals?|plan(?:ned)?|aims?)\b))\s+`
  + String.raw`(?=[^,;]*(?:\d|\b(?:place|position)\b))(?![^,;]*\b(?:to|by|before|until)\b)[^,;]{1,30}?\s+(?:in\s+|at\s+)?$`
  + String.raw`|\b(?:from\s+(?:the|its|their)|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?$`, 'i');

/** Whether a time is a baseline's: "from 111th place (this year)", "(with 2025) as the baseline", "the 2026 results" (see BASELINE_TIME, BASELINE_YEAR). */
const isBaseline = (t: TimeExpression) => t.relation !== 'by' && (BASELINE_TIME.test(textBefore(t.sentence.text, t.start - t.sentence.start, 40))
  || BASELINE_YEAR.test(t.sentence.text.slice(t.end - t.sentence.start, t.end - t.sentence.start + 30))
  || REPORTED_ASIDE.test(textBefore(t.sentence.text, t.start - t.sentence.start, 90)));
/**
 * A relative clause that reports a figure or a place reached, the time right after it: "(the top 40 in the Index,) which ranked it 58th
 * of 120 economies (this year)".
 */
const REPORTED_ASIDE = /,\s+(?:which|where)\s+[^,;]{0,30}?\b(?:ranked|placed|put|rated|stood|reached|was|were)\b[^,;]{0,40}?\d[^,;]{0,40}?\s+(?:in\s+)?$/i;
/** A year named as the baseline after it: "(with 2025) as the baseline", "(2025) as the base year". */
// (Or what a year achieved, as its noun's modifier: "not grounded in the 2026 results", "the 2025 figures".)
const BASELINE_YEAR = /^\s+(?:as\s+(?:the|its|a)\s+(?:baseline|base\s+year|reference\s+year)|(?:results?|figures?|outcomes?|performance|achievements?)\b)/i;

/** "… and 85% of …": another figure joined by "and". */
// (Or an infinitive joined to the aim's first: "aims to attract eight to ten firms and to have 2,000 engineers … by 2030".)
// (Or a second aim "for" every one of a whole: "aims for at least 30% of … , and for every commune to have …, by 2030".)
const JOINED_FIGURE = new RegExp(String.raw`\sand\s+(?:for\s+(?:all|every)\s|(?:for\s+|to\s+\p{Ll}{2,}\s+(?:\p{Ll}+\s+)?)?`
  + String.raw`(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)?\d)`, 'u');

/** How many blocks a stated deadline ("sets a target that by 2030, …") carries over to the lists after it. */
const FRAME_BLOCKS = 4;

/**
 * Whether a time opens what follows it ("By 2045, …", "sets a target that by 2030, …", "Objectives by 2030:") rather than closing
 * its own figure ("… aims to enrol 1,200 students by 2028."): only an opening time frames the paragraphs after it.
 */
const opensClause = (time: TimeExpression): boolean => time.start === time.sentence.start
  || /^\s*:/.test(time.sentence.text.slice(time.end - time.sentence.start))
  // "…, and by 2030, …", "sets a target that by 2030, …": a time set off by a comma opens its clause when nothing of the clause is
  // before it ("60,000 teachers are trained by the end of 2027, including …" closes its figure).
  || (/^\s*,/.test(time.sentence.text.slice(time.end - time.sentence.start))
    && CLAUSE_START.test(time.sentence.text.slice(0, time.start - time.sentence.start)));
/** How far into its sentence a time that opens it may start ("In the " before it). */
const OPENING_REACH = 24;
/** What stands before a time that opens its sentence: "(In) 2024, …", "(On) March 5, …". */
const PAST_OPENING = /^\W*(?:(?:in|on|at|during|since)\s+)?(?:the\s+)?$/i;
/** What may stand before a time that opens its clause: nothing, a mark, a list marker, "that", "and", "but". */
// (And "for" or "in" before it, which its text leaves out: "For (2030), the report keeps …".)
const CLAUSE_START = /(?:^|[,;:–—(]|\b(?:that|and|but|while|whereas|then))\s*(?:[-•*+]\s*)?(?:(?:[Ff]or|[Ii]n)\s+)?$/;

/** The year a time expression makes something due: the year of its last day. */
export const dueYear = (time: TimeExpression): number => Number(time.to.slice(0, 4));

/**
 * The year a target is due by: a quarter, half, month or day whose year the text leaves out and that was over before the text was
 * published is the next one ("by the end of the second quarter", in December), as an aim is still to come.
 */
export function targetYear(time: TimeExpression, published: string | null): number {
  const year = dueYear(time);
  const yearless = time.inferred.length > 0 && !/\b(?:19|20)\d\d\b/.test(time.text) && time.precision !== 'year' && time.precision !== 'period';
  return yearless && published !== null && time.to.slice(0, 10) < published.slice(0, 10) ? year + 1 : year;
}

/** Whether a year is part of a name ("Forum 2025"): it dates nothing that is due. */
const inName = (time: TimeExpression): boolean => time.precision === 'year'
  && yearInName(time.sentence.text, time.start - time.sentence.start, time.end - time.sentence.start);

/**
 * Whether a time expression can be a target's deadline: "by" any date, or a year, half, quarter
 * or period, or a day or month still to come — in the publication year or later. A starting point
 * ("from 2026"), "today" or a year in a name ("Forum 2025") is not a deadline.
 */
export function isDeadline(time: TimeExpression, published: string | null): boolean {
  if (time.relation === 'from' || time.precision === 'week' || inName(time) || isRunsUntil(time) || isTerm(time)) return false;
  // "(average annual revenue of) the last three years": a stretch of time that has passed.
  if (BACKWARD.test(time.text)) return false;
  // "Friday's programme includes a job fair with about 2,000 vacancies": a day of the week is when something happens, a deadline only
  // after "by".
  if (time.relation !== 'by' && WEEKDAY_NAME.test(time.text)) return false;
  if (published !== null && dueYear(time) < Number(published.slice(0, 4))) return false;
  if (time.relation === 'at' && (time.precision === 'day' || time.precision === 'month')) return published === null
    || time.from > (publicationEnd(published) ?? published);
  return true;
}

/**
 * "The expo, which runs until Saturday, …": how long a gathering lasts, to a day, not when anything is due (a campaign that "runs
 * until the end of 2027" sets the deadline of its aims).
 */
const RUNS_UNTIL = /\b(?:runs?|running|lasts?|lasting|continues?|continuing|is\s+open|stays\s+open|opens?)\s+(?:\p{Ll}+ly\s+)?(?:until\s*)?$/u;
const isRunsUntil = (time: TimeExpression): boolean => time.relation === 'until' && time.precision === 'day'
  && RUNS_UNTIL.test(time.sentence.text.slice(Math.max(0, time.start - time.sentence.start - 40), time.start - time.sentence.start));

/** "(elected a board for) the 2026-2031 term", "the 2025–2030 tenure": a term of office, when its holders serve, nothing due. */
const TERM = /^\s*(?:term|tenure)\b/;
const isTerm = (time: TimeExpression): boolean => time.precision === 'period' && (TERM_WORD.test(time.text)
  || TERM.test(time.sentence.text.slice(time.end - time.sentence.start, time.end - time.sentence.start + 12)))
  && !TARGETS_OF.test(time.sentence.text.slice(0, time.start - time.sentence.start))
  && !END_OF.test(time.text);
/** A term's end that something is due by: "By the end of the 2026–2031 term". */
const END_OF = /^(?:by|before)\s+the\s+end\s+of\s/i;
/** Targets set for a term ("the main targets of the resolution for the 2025-2030 term:"): due at its end. */
const TARGETS_OF = /\b(?:targets?|goals?|objectives?|indicators?)\b[^.;:]*$/i;
/** A term the time expression names itself ("the 2026-2031 term"). */
const TERM_WORD = /\s(?:term|tenure)$/;

/** A stretch of time told backwards from now: "the last three years", "the past five years", "the previous two quarters". */
const BACKWARD = /^(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:last|past|previous|preceding)\s/i;
/** A day of the week, named. */
const WEEKDAY_NAME = new RegExp(`\\b${WEEKDAY}`);

/** The time expressions of one sentence, read once for the deadlines of all its figures (see `deadlineFor`). */
export interface SentenceDeadlines {
  sentence: Sentence;
  /** Where the sentence's list colon is (-1: none), read once for all its figures (see openingOf). */
  colon?: number;
  /** How many expressions the sentence has, besides "today" and "now". */
  count: number;
  /** Their offsets in the sentence. */
  dated: number[];
  /** The offsets of those that are no baseline's ("up from 9.6% in 2025"). */
  datedBeyondBaselines: number[];
  /** Those that can be a deadline (`isDeadline`), in order, and their offsets in the sentence. */
  eligible: TimeExpression[];
  offsets: number[];
  /** The years a level is held from ("from 2025"), due in the publication year or later, in order. */
  fromYears: TimeExpression[];
  /** Offsets of the sentence's semicolons. */
  semicolons: number[];
  /** For each eligible expression inside brackets, the offset of the ")" that closes them; else Infinity. */
  asideEnds: number[];
  /** For each eligible expression inside brackets, the offset of the "(" that opens them; else -1. */
  asideStarts: number[];
}

const SEMICOLON = /;/g;
const OPEN_BRACKET = /\(/g;
const CLOSE_BRACKET = /\)/g;
/** The offsets of a pattern's matches in a text, in order. */
const offsetsOf = (text: string, pattern: RegExp) => allMatches(pattern, text).map((m) => m.index);

/** The deadlines of a sentence, from its own time expressions (in order). */
export function sentenceDeadlines(sentence: Sentence, own: TimeExpression[], published: string | null): SentenceDeadlines {
  // (Not the time of a baseline: "(to enter the top 100 … by 2030,) from 111th place this year".)
  // (Read once per time: both the deadlines and the times that date the sentence leave baselines out.)
  const baselines = new Set(own.filter(isBaseline));
  const baseline = (t: TimeExpression) => baselines.has(t);
  const eligible = own.filter((t) => isDeadline(t, published) && !baseline(t));
  const semicolons = offsetsOf(sentence.text, SEMICOLON);
  const opens = offsetsOf(sentence.text, OPEN_BRACKET);
  const closes = offsetsOf(sentence.text, CLOSE_BRACKET);
  const lastUpTo = (list: number[], offset: number) => list[firstAtLeast(list, offset + 1, (o) => o) - 1] ?? -1;
  // (Inside brackets: the last bracket up to the expression opens, and a later one closes.)
  const asideStart = (offset: number) => { const open = lastUpTo(opens, offset); return open > lastUpTo(closes, offset) ? open : -1; };
  const asideEnd = (offset: number) => (asideStart(offset) >= 0 ? closes[firstAtLeast(closes, offset, (o) => o)] ?? Infinity : Infinity);
  const offsets = eligible.map((t) => t.start - sentence.start);
  const dated = own.filter((t) => !/^(?:today|now|at present|currently)$/i.test(t.text));
  return {
    sentence, count: dated.length, dated: dated.map((t) => t.start - sentence.start),
    datedBeyondBaselines: dated.filter((t) => !baseline(t)).map((t) => t.start - sentence.start), eligible,
    offsets, semicolons, asideEnds: offsets.map(asideEnd), asideStarts: offsets.map(asideStart),
    fromYears: own.filter((t) => t.relation === 'from' && t.precision === 'year' && (published === null || dueYear(t) >= Number(published.slice(0, 4)))),
  };
}

/**
 * The deadline of a figure at `at` in a sentence (a year inside the figure's own words up to `end`,
 * such as its baseline's "in 2024", is not its deadline): the first deadline after it and before the next
 * figure; else the last one before it in the sentence; else, for items of a semicolon list, the
 * deadline that closes the sentence; else the deadline stated just before in the text (a frame
 * such as "by 2045, …" followed by its list, or any date earlier in the same paragraph), unless
 * the sentence dates itself in the past;
 * else the one that closes the sentence. A deadline after the figure but past a new clause (", and by
 * 2030 …") gives way to one before it. A year a level is held from ("from 2025") is its deadline only
 * when the sentence has no other. Every item of a list takes the deadline of the list's frame
 * (`listFrame`, the block of "Specific objectives by 2030:"), however long the list. "By the same year" takes the
 * deadline stated before. The sentence's expressions are looked up by binary search: a sentence of thousands of
 * figures is not read again for each.
 */
export function deadlineFor(
  at: number, nextAt: number, deadlines: SentenceDeadlines, frame: TimeExpression | undefined, end = at, listFrame?: number,
): TimeExpression | undefined {
  const { sentence, eligible, offsets, semicolons, asideEnds, asideStarts } = deadlines;
  const local = (t: TimeExpression) => t.start - sentence.start;
  const atLeast = (value: number) => firstAtLeast(offsets, value, (o) => o);
  // Expressions strictly inside the figure's own words (after `at`, before `end`) are not eligible.
  const inside = (i: number) => offsets[i]! > at && offsets[i]! < end;
  const first = atLeast(at);
  const next = first < eligible.length && !inside(first) ? first : atLeast(end);
  const after = next < eligible.length && offsets[next]! < nextAt ? eligible[next] : undefined;
  // (Not one inside brackets closed before the figure: "… 11% of GRDP in 2029 (the national goal is 30% by 2030), for 90% of records
  // to be processed online" is due in 2029; the brackets' deadline is their own figure's.)
  let previous = first - 1;
  while (previous > 0 && asideEnds[previous]! < at) previous--;
  const before = eligible[previous];
  // "… rank in the top 12 of the DTI and, by 2031, to cut …": a time set off right after "and," opens the next clause and is its own; the
  // figure takes the one before it, or its frame's, as if none came after.
  if (after && FRONTED_NEXT.test(sentence.text.slice(end, local(after)))) {
    if (before) return openingOf(deadlines, before, at) ?? before;
    return frame && framesFigure(frame, sentence, listFrame) ? frame : after;
  }
  // "By the end of 2026, 100% of villages are to have 5G, and by 2030 …": a deadline past a new clause is the next clause's.
  // (Nor one inside brackets after the figure, when a deadline before it is the figure's: "By 2028, … 20% of GRDP (the national target for
  // 2030 is 30%)" is due in 2028.)
  const aside = after !== undefined && asideStarts[next]! >= end;
  // (So is one past a new clause in an item of a list, whose own deadline is its list's: "- customs clearance … will take no more than 30
  // minutes, and every cargo truck … will file its declaration electronically by the end of 2031;".)
  const nextClause = after !== undefined && NEXT_CLAUSE.test(sentence.text.slice(end, local(after)));
  if (after && nextClause && !before && listFrame !== undefined && frame?.block === listFrame) return frame;
  if (after && !(before && (aside || nextClause))) return after;
  // "For the 2031–2035 period, the conference set the following targets: …; 100% of communes … by 2033; 500 digital technology
  // enterprises, …": an item after a semicolon takes the deadline its list opened with, not the one of an item before it.
  if (before) return openingOf(deadlines, before, at) ?? before;
  const closing = eligible.length > 0 && inside(eligible.length - 1) ? eligible[atLeast(at + 1) - 1] : eligible.at(-1);
  // (Not a deadline of another whole's "doing so" after the semicolon: "Every hospital … connects its records …; all central hospitals do so
  // by 2033;" is due when the list's frame says.)
  if (closing && local(closing) > at && (semicolons[firstAtLeast(semicolons, at, (o) => o)] ?? Infinity) < local(closing)
    && !DOES_SO.test(sentence.text.slice(end, local(closing)))) return closing;
  // "… by the same year", "… over the same period": the deadline stated before.
  if (frame && !sameSentence(frame.sentence, sentence) && SAME_TIME.test(sentence.text.slice(at))) return frame;
  // "will reach 3% of the budget from 2025": a level held from a year on is due that year, when nothing else dates it.
  const from = closing === undefined && deadlines.fromYears[0] && local(deadlines.fromYears[0]) < nextAt ? deadlines.fromYears[0] : undefined;
  if (from) return from;
  // A sentence dated in the past has no deadline from before it; a clause after a semicolon dates only itself ("We want to be among
  // the top 10 …; we were 22nd last year").
  const clauseOf = (offset: number) => firstAtLeast(semicolons, offset, (o) => o);
  // (An item of a list is not dated by its baseline's past time: "- raise the digital economy to 16-18% of GRDP, up from 9.6% in 2025;"
  // is due when its frame says.)
  // (Nor a sentence after its paragraph's deadline: "By 2030, … is to be cut by 30%. … is to be cut by 40% from the 2025 level.")
  const item = listFrame !== undefined && frame?.block === listFrame;
  // (A frame of "by": "in 2026" before "The sum equals 3.1% of …, up from 1.8% in 2025" dates a figure reached, no deadline.)
  // (Or a year that opens the paragraph: "For 2030, the report keeps … . It also sets two new targets with 2025 as the baseline: …".)
  const framed = item || (frame !== undefined && (frame.relation === 'by' || (frame.precision === 'year' && opensClause(frame)))
    && !sameSentence(frame.sentence, sentence)
    && (frame.block === sentence.block || (frame.block >= sentence.block - FRAME_BLOCKS && opensClause(frame))));
  if ((framed ? deadlines.datedBeyondBaselines : deadlines.dated).some((o) => clauseOf(o) === clauseOf(at)) && closing === undefined) return undefined;
  // "wants 90% of adults to have a smartphone and 85% of households … by 2027": figures joined by "and" share the closing deadline.
  if (closing && local(closing) > at && JOINED_FIGURE.test(sentence.text.slice(end, local(closing)))) return closing;
  if (frame && framesFigure(frame, sentence, listFrame)) return frame;
  return closing && local(closing) > at ? closing : undefined;
}

/** Whether a frame from before a sentence dates its figures: in its paragraph or list, or a "by" that opens a paragraph just before. */
const framesFigure = (frame: TimeExpression, sentence: Sentence, listFrame: number | undefined): boolean => !sameSentence(frame.sentence, sentence)
  && (frame.block === sentence.block || frame.block === listFrame
    || (frame.relation === 'by' && frame.block >= sentence.block - FRAME_BLOCKS && opensClause(frame)));

/** A time set off right after "and,": the words between a figure and it end so ("…, and, (by the end of 2032, connect …)"). */
const FRONTED_NEXT = /\band,\s*$/;

/**
 * A quarter or half of a year that the text reports as "at" a time over before its publication; or a day or a month "by" which it
 * reports what was done, over before its publication too ("By 30 June, 92.4% of procedures were online" in a report of July).
 */
const isOverBeforePage = (time: TimeExpression, published: string | null) => published !== null && time.to < published.slice(0, 10)
  && ((time.relation === 'at' && (time.precision === 'quarter' || time.precision === 'half'))
    || (time.relation === 'by' && (time.precision === 'day' || time.precision === 'month')));

/** Another whole doing what a figure's does: "(…; all central hospitals) do so (by 2033)". */
const DOES_SO = /\bdo(?:es)?\s+so\b/;

/**
 * The deadline a sentence's list opened with, before its colon, when `before` is an earlier item's (a semicolon between it and the figure
 * at `at`, both past the colon); undefined otherwise.
 */
function openingOf(deadlines: SentenceDeadlines, before: TimeExpression, at: number): TimeExpression | undefined {
  const { sentence, eligible, offsets, semicolons } = deadlines;
  // (A list's colon, not a clock time's: "at 10:30".)
  const colon = (deadlines.colon ??= sentence.text.search(/:\s/));
  const from = before.start - sentence.start;
  if (colon < 0 || from < colon || (semicolons[firstAtLeast(semicolons, from, (o) => o)] ?? Infinity) > at) return undefined;
  const opening = firstAtLeast(offsets, colon, (o) => o) - 1;
  return opening >= 0 ? eligible[opening] : undefined;
}

/** A sentence that heads a list: it ends with a colon. */
const LIST_HEAD = /:\s*$/;

/**
 * The last deadline stated in the sentences before each sentence, for `deadlineFor`'s frame, and when that one closed its own figure in
 * an earlier paragraph, the one that opened that paragraph (`opening`, for figures in digits: "By 2030, … . … to zero by the end of
 * 2028." then "The share … is to rise by 10 percentage points."). Ask for the sentences in document order: the document's times (in
 * order) are read once for all of them.
 */
export function framesBefore(times: TimeExpression[], published: string | null)
  : (sentence: Sentence) => { frame: TimeExpression | undefined; opening: TimeExpression | undefined } {
  let next = 0;
  let frame: TimeExpression | undefined;
  // The last that opens its clause ("By 2030, …").
  let opening: TimeExpression | undefined;
  return (sentence) => {
    for (; next < times.length; next++) {
      const t = times[next]!;
      if (!(t.block < sentence.block || (t.block === sentence.block && t.sentence.end <= sentence.start))) break;
      // A period frames a list when it heads it: "a) Phase 1 (2026-2028):" sets its items' deadline at its end.
      // (Not a baseline's time: "(… 100% of schools …,) against 58% this year".)
      if (isDeadline(t, published) && (t.precision !== 'period' || LIST_HEAD.test(t.sentence.text)) && !isBaseline(t)) {
        frame = t;
        if (opensClause(t)) opening = t;
      } else if (t.start - t.sentence.start <= OPENING_REACH && PAST_OPENING.test(t.sentence.text.slice(0, t.start - t.sentence.start))) {
        // A sentence that opens in the past ("In 2024, the city was granted …") ends it. (Only a time near its sentence's start is
        // read: a sentence of thousands of times is not copied up to each.)
        opening = undefined;
      }
    }
    const carried = frame && frame.block !== sentence.block && !opensClause(frame) && opening && opening.block === frame.block ? opening : undefined;
    // "46 tasks were ordered in the first quarter" in a text of April: a past quarter ends the frame before it, and is none itself.
    return {
      frame: frame && !isOverBeforePage(frame, published) ? frame : undefined,
      opening: carried && !isOverBeforePage(carried, published) ? carried : undefined,
    };
  };
}
