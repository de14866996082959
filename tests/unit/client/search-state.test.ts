import { describe, expect, it } from 'vitest';
import { foldName, pagefindFilters, pagefindQuery, queryTerms, readState, writeState, yearsInRange } from '../../../src/client/search-state.ts';

describe('the state of a search in its URL', () => {
  it('reads back what it writes, with defaults left out and values in a fixed order', () => {
    const state = { query: 'Resolution 57', filters: { person: ['To Lam', 'Pham Minh Chinh'], kind: ['Document'] }, from: 2024, to: null, sort: 'newest' as const };
    const params = writeState(state);
    expect(params.toString()).toBe('q=Resolution+57&kind=Document&person=Pham+Minh+Chinh&person=To+Lam&from=2024&sort=newest');
    expect(readState(params)).toEqual({ ...state, filters: { kind: ['Document'], person: ['Pham Minh Chinh', 'To Lam'] } });
  });

  it('ignores what it does not know: other parameters, a sort it has not, a year that is not one', () => {
    expect(readState(new URLSearchParams('q=x&colour=red&sort=random&from=20x4&to=2025'))).toEqual({ query: 'x', filters: {}, from: null, to: 2025, sort: 'relevance' });
  });
});

describe('a year range as Pagefind filters', () => {
  const years = ['2023', '2024', '2025', '2026'];
  it('is the years of the index it covers, either end open', () => {
    expect(yearsInRange(2024, 2025, years)).toEqual(['2024', '2025']);
    expect(yearsInRange(null, 2024, years)).toEqual(['2023', '2024']);
    expect(yearsInRange(2025, null, years)).toEqual(['2025', '2026']);
    expect(yearsInRange(null, null, years)).toBeNull();
  });

  it('combines with the other filters, and a range with no year matches nothing', () => {
    const state = { query: 'x', filters: { kind: ['Document', 'Event'] }, from: 2030, to: 2031, sort: 'relevance' as const };
    expect(pagefindFilters(state, years)).toEqual({ kind: { any: ['Document', 'Event'] }, year: { any: ['none'] } });
    expect(pagefindFilters({ ...state, from: 2026, to: null }, years)).toEqual({ kind: { any: ['Document', 'Event'] }, year: { any: ['2026'] } });
  });
});

describe('a query as Pagefind is asked it, and as a page marks it', () => {
  it('writes đ as d, which Pagefind does not fold', () => {
    expect(pagefindQuery('Đổi mới đồng bộ')).toBe('Dổi mới dồng bộ');
  });

  it('folds names for comparing, and keeps quoted phrases whole', () => {
    expect(foldName('Tô Lâm')).toBe('to lam');
    expect(foldName('Đà Nẵng')).toBe('da nang');
    expect(queryTerms('"Đổi mới" Tô Lâm a')).toEqual(['doi moi', 'to', 'lam']);
  });
});
