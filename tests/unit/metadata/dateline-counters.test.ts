import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/pipeline/clean/dateline.ts';

const read = (text: string) => {
  const r = readDateline({ text, line: 2, start: 0 });
  return r?.kind === 'date' ? `${r.date.year}-${r.date.month}-${r.date.day}` : r?.kind;
};

describe('a dateline followed by a page counter', () => {
  it('reads the date before "| Views: N" and "| Comments: N"', () => {
    expect(read('Posted 14-03-2026 | Views: 1,208')).toBe('2026-3-14');
    expect(read('14/03/2026 08:10 | Comments: 3')).toBe('2026-3-14');
  });

  it('reads the date before a category and a count written number first ("| 2,107 views")', () => {
    expect(read('Date posted: April 22nd, 2025 | Category: Information technology | 2,107 views')).toBe('2025-4-22');
    expect(read('Posted 14-03-2026 | 56 comments')).toBe('2026-3-14');
  });

  it('reads the date before a reading time, after a desk\'s name glued to it', () => {
    expect(read('Policy Desk03/11/2026 08:00 | 6 min read')).toBe('2026-11-3');
    expect(read('September 9, 2025 · 12 minutes read')).toBe('2025-9-9');
  });

  it('reads the date before the page\'s controls ("Font size: A- A A+   Print")', () => {
    expect(read('ECONOMY19/01/2026 | 08:30   Font size: A- A A+   Print')).toBe('2026-1-19');
  });
});

