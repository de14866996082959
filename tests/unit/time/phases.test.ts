import { describe, expect, it } from 'vitest';
import { readTimes } from '../../../src/pipeline/time/read-times.ts';
import { paragraph, summary } from './helpers.ts';

/** The expressions of a text of paragraphs, as the time stage reads them. */
const times = (...paragraphs: string[]) => readTimes(paragraphs.map(paragraph), '2027-02-20').map(summary);

describe('a plan\'s phases named as times', () => {
  it('reads "By the end of Phase 1" as a deadline at the last year the text gives the phase', () => {
    const found = times('The plan has two phases. Phase 1 runs from 2027 to the end of 2028; Phase 2, from 2029 to 2030, turns to trade.',
      'By the end of Phase 1, all border communes are to have 5G coverage.');
    expect(found.at(-1)).toEqual({
      text: 'By the end of Phase 1', value: '2028', precision: 'year', from: '2028-01-01', to: '2028-12-31', relation: 'by',
      inferred: ['the last year of Phase 1, as the text tells its years'],
    });
  });

  it('reads phases told by their numerals or ordinals, with their years in brackets', () => {
    const found = times('Phase II (2028–2030) turns to trade, after the first phase (2026-2027).',
      'Before the first phase ends, every commune is to have a digital team; by Phase II, exports are to double.');
    expect(found.filter((t) => t.inferred.length > 0).map((t) => [t.text, t.value, t.relation]))
      .toEqual([['Before the first phase', '2027', 'by'], ['by Phase II', '2030', 'by']]);
  });

  it('reads no time in a phase the text gives no years to', () => {
    expect(times('By the end of Phase 1, all border communes are to have 5G coverage.')).toEqual([]);
  });
});
