import { describe, expect, it } from 'vitest';
import { formatDate, formatTimeValue, yearOf } from '../../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes a day-precise date as day, month name and year', () => {
    expect(formatDate('2025-01-13', 'day')).toBe('13 January 2025');
  });

  it('writes a month-precise date as month name and year', () => {
    expect(formatDate('2025-01', 'month')).toBe('January 2025');
  });

  it('writes a year-precise date as the year alone', () => {
    expect(formatDate('2025', 'year')).toBe('2025');
  });

  it('says "Undated" when the date or its precision is unknown', () => {
    expect(formatDate(null, null)).toBe('Undated');
    expect(formatDate('2025-01-13', null)).toBe('Undated');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2024-12-31', 'day')).toBe('31 December 2024');
    expect(formatDate('2025-01-01', 'day')).toBe('1 January 2025');
  });
});

describe('yearOf', () => {
  it('takes the year of any ISO date and null of no date', () => {
    expect(yearOf('2025-01-13')).toBe('2025');
    expect(yearOf('2024')).toBe('2024');
    expect(yearOf(null)).toBeNull();
  });
});

describe('formatTimeValue', () => {
  it('formats every precision of the timeline', () => {
    expect(formatTimeValue('2025-01-13', 'day')).toBe('13 January 2025');
    expect(formatTimeValue('2025-01', 'month')).toBe('January 2025');
    expect(formatTimeValue('2025-Q2', 'quarter')).toBe('Q2 2025');
    expect(formatTimeValue('2025-H1', 'half')).toBe('first half of 2025');
    expect(formatTimeValue('2025-W03', 'week')).toBe('week 3 of 2025');
    expect(formatTimeValue('2030', 'year')).toBe('2030');
    expect(formatTimeValue('2026/2030', 'period')).toBe('2026–2030');
  });
});
