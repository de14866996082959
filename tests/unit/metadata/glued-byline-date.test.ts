import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a byline glued to the dateline', () => {
  it('reads "Hoang MinhMarch 2, 2025 09:14" as March 2, 2025', () => {
    const m = metadataOf('Province sets targets for innovation', 'Hoang MinhMarch 2, 2025 09:14', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2025-03-02', 'header']);
    expect(m.dateNote).not.toContain('day first');
  });

  it('reads a dateline followed by a time zone and a section label after a bar', () => {
    expect(metadataOf('Ministry holds press conference', '12/07/2025 10:15 GMT+7 | Khoa học', ...ARTICLE).date).toBe('2025-07-12');
    expect(metadataOf('Ministry holds press conference', 'July 11, 2025 | 08:20 GMT+7', ...ARTICLE).date).toBe('2025-07-11');
  });
});

describe('a document printed as itself, dated by its own heading', () => {
  it('reads "No.: 27/BTC-KHTCHà Nội, 3 March 2026" as the text\'s date when no page date is printed', () => {
    const m = metadataOf('MINISTRY OF FINANCE SOCIALIST REPUBLIC OF VIET NAM', 'No.: 27/BTC-KHTCHà Nội, 3 March 2026',
      'Re: guidance on the 2027 budget estimates', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-03-03', 'header']);
  });

  it('keeps a page\'s own date before the document\'s heading', () => {
    const m = metadataOf('Legal news', 'Updated: 05/04/2026 09:15', 'No.: 27/BTC-KHTCHà Nội, 3 March 2026', ...ARTICLE);
    expect(m.date).toBe('2026-04-05');
  });
});
