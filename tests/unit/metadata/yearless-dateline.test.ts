import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

describe('a dateline without a year', () => {
  it('takes the year the text speaks of as current, not a future effect date', () => {
    const m = metadataOf(
      'City council adopts resolutions',
      'November 21',
      'On November 19, the council opened its session to review the city\'s performance in 2025 and decide tasks for 2026.',
      'The resolutions take effect from January 1, 2026.',
    );
    expect([m.date, m.dateSource]).toEqual(['2025-11-21', 'header']);
    expect(m.dateNote).toContain('in 2025');
  });

  it('gives no date when the text names no year, whatever the clock says', () => {
    const m = metadataOf('City council adopts resolutions', 'November 21', 'On November 19, the council opened its session.', 'Delegates discussed the budget.');
    expect(m.date).toBeNull();
  });

  it('does not let an old reference date outweigh the year the text is about', () => {
    const m = metadataOf(
      'Province reviews law',
      'On March 4, the province reviewed its work in 2025 under the Law on Organization of Local Government dated June 19, 2015.',
      'It set tasks in 2025 for all departments.',
    );
    expect(m.date).toBe('2025-03-04');
  });
});
