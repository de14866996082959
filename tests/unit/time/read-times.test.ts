import { describe, expect, it } from 'vitest';
import { yearParser } from '../../../src/pipeline/time/parsers/year-parser.ts';
import { readTimes, TIME_PARSERS, TIME_REFINERS } from '../../../src/pipeline/time/read-times.ts';
import type { Block } from '../../../src/pipeline/types.ts';
import { list, paragraph } from './helpers.ts';

const blocks: Block[] = [
  paragraph('On the morning of January 13, in Hanoi, the Politburo held a national conference. It reviewed Resolution No. 57-NQ/TW dated December 22, 2024.'),
  list('Complete the reorganization in the first quarter of 2025.', 'Connect 15,345 points by 2030.'),
  paragraph('Deputy Minister Bui The Duy said the 2026-2030 period matters; Decree 13/2023/NĐ-CP stays in force until 2030.'),
];

describe('readTimes over a document', () => {
  const found = readTimes(blocks, '2025-01-13');

  it('gives offsets in the block’s text', () => {
    for (const e of found) expect(blocks[e.block]!.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('gives offsets inside the sentence it was found in', () => {
    for (const e of found) expect(e.sentence.text.slice(e.start - e.sentence.start, e.end - e.sentence.start)).toBe(e.text);
  });

  it('returns expressions in document order, keeping the longest of overlapping matches', () => {
    expect(found.map((e) => [e.block, e.text, e.value])).toEqual([
      [0, 'the morning of January 13', '2025-01-13'],
      [0, 'December 22, 2024', '2024-12-22'],
      [1, 'the first quarter of 2025', '2025-Q1'],
      [1, 'by 2030', '2030'],
      [2, 'the 2026-2030 period', '2026/2030'],
      [2, 'until 2030', '2030'],
    ]);
  });

  it('names the parser that found each expression', () => {
    expect(found.map((e) => e.parser)).toEqual([
      'ENMonthNameDateParser', 'ENMonthNameDateParser', 'ENQuarterParser', 'ENYearParser', 'ENPeriodParser', 'ENYearParser',
    ]);
  });

  it('reads only stated dates when there is no publication date', () => {
    expect(readTimes(blocks, null).map((e) => e.text)).toEqual(['December 22, 2024', 'the first quarter of 2025', 'by 2030', 'the 2026-2030 period', 'until 2030']);
  });

  it('ignores a publication date that is not a date', () => {
    expect(readTimes([paragraph('The ministry met yesterday.')], '2025-13-45')).toEqual([]);
  });

  it('runs only the parsers and refiners it is given', () => {
    expect(readTimes([paragraph('In the first quarter of 2025, by 2030.')], null, [yearParser], []).map((e) => e.text)).toEqual(['2025', '2030']);
    expect(readTimes([paragraph('In the first quarter of 2025.')], null, TIME_PARSERS, TIME_REFINERS).map((e) => e.text)).toEqual(['the first quarter of 2025']);
  });
});
