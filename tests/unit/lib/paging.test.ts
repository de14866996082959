import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pagePaths, pagerWindow } from '../../../src/lib/paging.ts';

describe('paging a long list', () => {
  it('counts pages, with one page for an empty list', () => {
    expect([pageCount(0, 100), pageCount(100, 100), pageCount(101, 100), pageCount(25_517, 50)]).toEqual([1, 1, 2, 511]);
  });

  it('gives every item to exactly one page, in order', () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 100) }, (_, i) => pageItems(items, i + 1, 100));
    expect(pages.flat()).toEqual(items);
    expect(pages.at(-1)).toHaveLength(34);
  });

  it('shows the first and last pages and two either side of this one, with gaps marked', () => {
    expect(pagerWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(10, 85)).toEqual([1, null, 8, 9, 10, 11, 12, null, 85]);
    expect(pagerWindow(85, 85)).toEqual([1, null, 83, 84, 85]);
  });
});

describe('the static paths of a paged list', () => {
  it('name each later page once, with its number and the page count', () => {
    expect(pagePaths(3)).toEqual([{ params: { n: '2' }, props: { page: 2, count: 3 } }, { params: { n: '3' }, props: { page: 3, count: 3 } }]);
    expect(pagePaths(1)).toEqual([]);
    expect(pagePaths(2, 1).map((p) => p.params.n)).toEqual(['1', '2']);
  });
});
