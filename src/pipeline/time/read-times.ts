import { documentSentences } from '../extract/extract.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { Block } from '../types.ts';
import { halfYearParser } from './parsers/half-year-parser.ts';
import { monthNameDateParser } from './parsers/month-name-date-parser.ts';
import { monthParser } from './parsers/month-parser.ts';
import { numericDateParser } from './parsers/numeric-date-parser.ts';
import { periodParser } from './parsers/period-parser.ts';
import { quarterParser } from './parsers/quarter-parser.ts';
import { relativeDateParser } from './parsers/relative-date-parser.ts';
import { relativePeriodParser } from './parsers/relative-period-parser.ts';
import { relativeUnitParser } from './parsers/relative-unit-parser.ts';
import { weekdayParser } from './parsers/weekday-parser.ts';
import { yearParser } from './parsers/year-parser.ts';
import { headedWeekdayRefiner } from './refiners/headed-weekday-refiner.ts';
import { homeTimeRefiner } from './refiners/home-time-refiner.ts';
import { overlapRemovalRefiner } from './refiners/overlap-removal-refiner.ts';
import { relationRefiner } from './refiners/relation-refiner.ts';
import { sameDateRefiner } from './refiners/same-date-refiner.ts';
import { phaseRefiner } from './refiners/phase-refiner.ts';
import { datedWeekdayRefiner } from './refiners/dated-weekday-refiner.ts';
import { weekdayOrdinalRefiner } from './refiners/weekday-ordinal-refiner.ts';
import type { TimeContext, TimeExpression, TimeParser, TimeRefiner } from './types.ts';
import { allMatches } from '../extract/all-matches.ts';

/** Parsers, run on every sentence; on matches of equal length the earlier one wins. */
export const TIME_PARSERS: TimeParser[] = [
  numericDateParser, monthNameDateParser, monthParser, quarterParser, halfYearParser, periodParser,
  relativePeriodParser, relativeDateParser, relativeUnitParser, weekdayParser, yearParser,
];

/** Refiners, folded over a document's expressions in this order. */
export const TIME_REFINERS: TimeRefiner[] = [
  weekdayOrdinalRefiner, overlapRemovalRefiner, datedWeekdayRefiner, headedWeekdayRefiner, phaseRefiner, relationRefiner, homeTimeRefiner,
  sameDateRefiner,
];

/** The expressions one parser finds in one sentence, with offsets in the block's text. */
function parseSentence(parser: TimeParser, context: TimeContext, found: TimeExpression[]): void {
  const { sentence } = context;
  if (parser.needs && !parser.needs.test(sentence.text)) return;
  for (const match of allMatches(parser.pattern, sentence.text)) {
    const parsed = parser.extract(context, match);
    if (!parsed) continue;
    const text = parsed.text ?? match[0];
    const start = sentence.start + (parsed.index ?? match.index);
    const { value, precision, from, to } = parsed;
    found.push({
      value, precision, from, to, text, block: sentence.block, start, end: start + text.length, sentence,
      relation: 'at', inferred: parsed.inferred ?? [], parser: parser.name,
    });
  }
}

const byPosition = (a: TimeExpression, b: TimeExpression) => a.block - b.block || a.start - b.start;

/**
 * Every time expression of a document, anchored to its publication date (`reference`, ISO day, month or
 * year; the only "now"): all parsers over all sentences, in document order, then the refiners in order.
 */
export function readTimes(
  blocks: Block[], reference: string | null, parsers = TIME_PARSERS, refiners = TIME_REFINERS, sentences: Sentence[] = documentSentences(blocks),
): TimeExpression[] {
  const proposed: TimeExpression[] = [];
  for (const sentence of sentences) for (const parser of parsers) parseSentence(parser, { sentence, reference }, proposed);
  return refiners.reduce((expressions, refiner) => refiner.refine(expressions, sentences, blocks), proposed.sort(byPosition));
}
