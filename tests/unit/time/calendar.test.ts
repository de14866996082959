import { describe, expect, it } from 'vitest';
import { halfSpan, isoWeekSpan, lastDayOfMonth, monthSpan, nearestYear, periodSpan, quarterSpan, yearSpan } from '../../../src/pipeline/time/calendar.ts';
import { readReference, referenceAt } from '../../../src/pipeline/time/reference.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('calendar spans', () => {
  it('knows the last day of every kind of month', () => {
    expect([lastDayOfMonth(2025, 2), lastDayOfMonth(2024, 2), lastDayOfMonth(2025, 4), lastDayOfMonth(2025, 12)]).toEqual([28, 29, 30, 31]);
  });

  it('spans a month, a quarter, a half, a year and a period from first to last day', () => {
    expect([monthSpan(2024, 2), quarterSpan(2025, 4), halfSpan(2025, 2), yearSpan(2030), periodSpan(2026, 2030)]).toEqual([
      { value: '2024-02', precision: 'month', from: '2024-02-01', to: '2024-02-29' },
      { value: '2025-Q4', precision: 'quarter', from: '2025-10-01', to: '2025-12-31' },
      { value: '2025-H2', precision: 'half', from: '2025-07-01', to: '2025-12-31' },
      { value: '2030', precision: 'year', from: '2030-01-01', to: '2030-12-31' },
      { value: '2026/2030', precision: 'period', from: '2026-01-01', to: '2030-12-31' },
    ]);
  });

  it('gives ISO weeks by their Thursday, across year boundaries', () => {
    expect([isoWeekSpan(day(2025, 1, 1)), isoWeekSpan(day(2021, 1, 3)), isoWeekSpan(day(2020, 12, 31))].map((w) => [w.value, w.from, w.to])).toEqual([
      ['2025-W01', '2024-12-30', '2025-01-05'],
      ['2020-W53', '2020-12-28', '2021-01-03'],
      ['2020-W53', '2020-12-28', '2021-01-03'],
    ]);
  });

  it('chooses the year that puts a day nearest a reference, ties to the past', () => {
    const on = (month: number, d: number) => (year: number) => ({ from: day(year, month, d), to: day(year, month, d) });
    const at = (year: number, month: number, d: number) => ({ from: day(year, month, d), to: day(year, month, d) });
    expect(nearestYear(on(12, 30), at(2025, 1, 2))).toBe(2024);
    expect(nearestYear(on(1, 3), at(2024, 12, 28))).toBe(2025);
    expect(nearestYear(on(7, 15), at(2024, 1, 14))).toBe(2023);
  });
});

describe('the publication date as a reference', () => {
  it('reads a day, a month or a year as a span', () => {
    expect(readReference('2025-01')).toEqual({ iso: '2025-01', precision: 'month', from: day(2025, 1, 1), to: day(2025, 1, 31) });
    expect(readReference('2024')).toEqual({ iso: '2024', precision: 'year', from: day(2024, 1, 1), to: day(2024, 12, 31) });
  });

  it('rejects what is not a date, and a reference less precise than needed', () => {
    expect([readReference(null), readReference('2025-02-30'), readReference('13/01/2025'), referenceAt('2025-01', 'day')]).toEqual([null, null, null, null]);
  });
});
