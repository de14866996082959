import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('datelines with a label', () => {
  it('reads a metadata prefix ("date 2025-04-01")', () => {
    expect(metadataOf('Province reviews progress', 'date 2025-04-01', ...ARTICLE).date).toBe('2025-04-01');
  });

  it('reads an outlet label printed twice and glued to the date', () => {
    const m = metadataOf('Council approves policies', 'Thời sựThời sự04/06/2025', ...ARTICLE);
    expect([m.date, m.dateNote]).toEqual(['2025-06-04', 'Date printed in the page header ("04/06/2025", read day first).']);
  });

  it('reads a weekday line ("Saturday, 14/06/2025")', () => {
    expect(metadataOf('Government sets out funding mechanism', 'Saturday, 14/06/2025 10:05', ...ARTICLE).date).toBe('2025-06-14');
  });
});
