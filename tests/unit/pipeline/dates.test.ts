import { describe, expect, it } from 'vitest';
import { findDayMonth, findFullDates } from '../../../src/pipeline/dates.ts';

const full = (text: string) => findFullDates(text).map(({ year, month, day, text: t }) => [t, `${year}-${month}-${day}`]);

describe('full dates', () => {
  it('reads numeric dates day first, as written in Vietnam', () => {
    expect(full('13/01/2025')).toEqual([['13/01/2025', '2025-1-13']]);
    expect(full('on 12.3.2025 and 05-03-2025')).toEqual([['12.3.2025', '2025-3-12'], ['05-03-2025', '2025-3-5']]);
  });

  it('reads a date glued to a site label', () => {
    expect(full('Việt NamViệt Nam13/01/2025')).toEqual([['13/01/2025', '2025-1-13']]);
  });

  it('reads ISO dates and month-name dates in both orders', () => {
    expect(full('2025-01-13, December 22, 2024 and 24 November 2023')).toEqual([
      ['2025-01-13', '2025-1-13'], ['December 22, 2024', '2024-12-22'], ['24 November 2023', '2023-11-24'],
    ]);
  });

  it('ignores impossible dates, numbers in codes and fractions', () => {
    expect(full('31/02/2025, 13/13/2025, Decision 1131/QĐ-TTg, 5/10 tasks')).toEqual([]);
  });
});

describe('day and month without a year', () => {
  it('finds the day a lead reports, with morning or afternoon', () => {
    expect(findDayMonth('On the morning of December 30, in Hanoi, the meeting')).toMatchObject({ month: 12, day: 30 });
    expect(findDayMonth('On the afternoon of January 20, at the headquarters')).toMatchObject({ month: 1, day: 20 });
    expect(findDayMonth('at a conference on January 13.')).toMatchObject({ month: 1, day: 13 });
    expect(findDayMonth('On the morning of January 13th, in Hanoi')).toMatchObject({ month: 1, day: 13 });
  });

  it('leaves dates that carry a year to the full-date reader', () => {
    expect(findDayMonth('On December 22, 2024, the Politburo issued')).toBeUndefined();
  });
});
