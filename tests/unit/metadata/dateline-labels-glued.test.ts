import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a section label in capitals glued to the dateline', () => {
  it('reads "PROVINCIAL NEWSApril 7, 2026 | 10:05 (GMT+7)" as the page date, not a day in the lead', () => {
    const m = metadataOf('Council reviews digital plan', 'PROVINCIAL NEWSApril 7, 2026 | 10:05 (GMT+7)', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-04-07', 'header']);
  });

  it('does not split a month written in capitals', () => {
    const m = metadataOf('Council reviews digital plan', 'SCIENCEMARCH', ...ARTICLE);
    expect(m.dateSource).not.toBe('header');
  });
});

describe('a posting date followed by an update stamp and a source', () => {
  it('reads the posting date of "Posted: 05/06/2026 08:10 | Updated: 05/06/2026 09:45 | Source: Department of Home Affairs"', () => {
    const line = 'Posted: 05/06/2026 08:10 | Updated: 05/06/2026 09:45 | Source: Department of Home Affairs';
    const m = metadataOf('Province trains commune officials in data skills', line, ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-06-05', 'header']);
  });

  it('still refuses a line where a sentence follows the date', () => {
    const line = 'Posted: 05/06/2026 | The province trained 300 officials in 2025 and 2026';
    expect(metadataOf('Province trains commune officials', line, ...ARTICLE).dateSource).not.toBe('header');
  });
});
