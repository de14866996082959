import type { Sentence } from '../extract/sentences.ts';
import type { Block } from '../types.ts';

/** How precisely a time expression is known. `period` spans several years ("2026-2030"). */
export type TimePrecision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'period';

/**
 * How a time expression relates to what the sentence says: `at` it happens then ("on January 13",
 * "in 2025"), `by` it is due no later than then ("by 2030", "by the end of 2025", "before Q2 2025",
 * "no later than"), `from` it starts then ("from 2026", "starting in 2025", "since 2020"),
 * `until` it lasts until then ("until 2030").
 */
export type TimeRelation = 'at' | 'by' | 'from' | 'until';

/** A time value: the span it names, as precisely as known. */
export interface TimeValue {
  /**
   * ISO 8601 as precise as known: `2025-01-13` (day), `2025-W03` (week), `2025-01` (month),
   * `2025-Q2` (quarter), `2025-H1` (half), `2025` (year), `2026/2030` (period of years).
   */
  value: string;
  precision: TimePrecision;
  /** First and last day of the span, ISO (`2025-04-01`, `2025-06-30`). */
  from: string;
  to: string;
}

/** The context a time parser reads a sentence in. */
export interface TimeContext {
  /** The sentence, with its block index and offsets in the block's text. */
  sentence: Sentence;
  /** Publication date of the document (ISO, as precise as known), which anchors partial and relative expressions; null when unknown. */
  reference: string | null;
}

/** A time expression found in a sentence. */
export interface TimeExpression extends TimeValue {
  /** The matched text, e.g. "the morning of December 30", "by Q2 2025". */
  text: string;
  /** Index of the block, and offsets of `text` in the block's text. */
  block: number;
  start: number;
  end: number;
  /** The sentence it was found in. */
  sentence: Sentence;
  relation: TimeRelation;
  /**
   * Parts of the value that were not stated, each with how it was inferred ("year 2024 from the publication date
   * 2025-01-13"); empty when everything was stated.
   */
  inferred: string[];
  /** Name of the parser that found it. */
  parser: string;
}

/**
 * What a parser makes of one match: the value, what it inferred, and optionally a narrower `text` at
 * `index` (offset in the sentence's text) when the expression is not the whole match.
 */
export type ParsedTime = TimeValue & { inferred?: string[]; text?: string; index?: number };

/** A time parser in the shape of chrono's: a pattern, and an extractor that turns a match into a value. */
export interface TimeParser {
  name: string;
  /** A global regular expression run over the sentence's text. */
  pattern: RegExp;
  /** A quick test that every sentence with a match passes: the pattern is not run on the others. */
  needs?: RegExp;
  /** The value of one match, or null when the match is not a date after all. */
  extract(context: TimeContext, match: RegExpExecArray): ParsedTime | null;
}

/** A refiner over the expressions of one document, in the shape of chrono's. */
export interface TimeRefiner {
  name: string;
  /** The document's expressions after this refiner; `blocks` (optional) lets it read the text around them. */
  refine(expressions: TimeExpression[], sentences: Sentence[], blocks?: readonly Block[]): TimeExpression[];
}
