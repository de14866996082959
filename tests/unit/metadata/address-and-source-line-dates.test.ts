import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a page dated only by its address or by its source line', () => {
  it('takes the day in the page\'s address printed at its top', () => {
    const m = metadataOf('https://baodulieu.vn/tin-tuc/2028/11/04/data-hub.html', 'Ministry opens data hub', ...ARTICLE);
    expect(m.date).toBe('2028-11-04');
    expect(m.dateNote).toContain('address');
    // (An address with no day, or a day that is none, dates nothing.)
    expect(metadataOf('https://baodulieu.vn/tin-tuc/2028/11/data-hub.html', 'Ministry opens data hub', ...ARTICLE).date).toBeNull();
    expect(metadataOf('https://baodulieu.vn/tin-tuc/2028/02/31/data-hub.html', 'Ministry opens data hub', ...ARTICLE).date).toBeNull();
  });

  it('takes the day of the source line at its end ("Source: VNA, 04/11/2028", "(Theo VnExpress, 04/11/2028)")', () => {
    const sourced = metadataOf('Ministry opens data hub', ...ARTICLE, 'Source: VNA, 04/11/2028');
    // (The day is no part of the source's name.)
    expect([sourced.date, sourced.source]).toEqual(['2028-11-04', 'VNA']);
    expect(metadataOf('Ministry opens data hub', ...ARTICLE, '(Theo VnExpress, 05/11/2028)').date).toBe('2028-11-05');
  });
});
