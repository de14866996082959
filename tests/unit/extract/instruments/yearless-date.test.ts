import { describe, expect, it } from 'vitest';
import { dateOnOrBefore } from '../../../../src/pipeline/extract/yearless-date.ts';

describe('a yearless instrument date read against the text\'s date', () => {
  it('takes the latest such day on or before the text\'s date', () => {
    expect(dateOnOrBefore({ month: 6, day: 19 }, '2025-06-19')).toBe('2025-06-19');
    expect(dateOnOrBefore({ month: 12, day: 30 }, '2025-01-05')).toBe('2024-12-30');
  });

  it('takes the weekday on or before the text\'s date ("on Thursday" in a Saturday paper)', () => {
    expect(dateOnOrBefore({ weekday: 4 }, '2025-06-14')).toBe('2025-06-12');
  });

  it('gives none without a text date: the pipeline has no clock', () => {
    expect(dateOnOrBefore({ weekday: 4 }, null)).toBeNull();
  });
});

describe('the year an instrument\'s code carries', () => {
  it('dates "On November 13, … adopted Resolution 158/2024/QH15" in 2024 even without a text date', () => {
    expect(dateOnOrBefore({ month: 11, day: 13 }, null, 2024)).toBe('2024-11-13');
  });
});
