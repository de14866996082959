import { describe, expect, it } from 'vitest';
import { readTrendQuery, trendHref, trendSearch } from '../../../src/lib/trend/trend-url.ts';

describe('the trend URL', () => {
  it('holds the query and the speaker, and reads back what it wrote', () => {
    const query = { q: '"digital economy"', speaker: 'Tô Lâm' };
    const search = trendSearch(query);
    expect(readTrendQuery(new URLSearchParams(search))).toEqual(query);
  });

  it('leaves out what is empty and trims what is read', () => {
    expect(trendSearch({ q: 'hydrogen', speaker: '' })).toBe('?q=hydrogen');
    expect(readTrendQuery(new URLSearchParams('?q=%20hydrogen%20'))).toEqual({ q: 'hydrogen', speaker: '' });
  });
});

describe('trendHref', () => {
  it('puts the trend under the base path, for links from the search page', () => {
    expect(trendHref('/kb/sub/', { q: 'digital economy', speaker: '' })).toBe('/kb/sub/trend/?q=digital+economy');
  });
});
