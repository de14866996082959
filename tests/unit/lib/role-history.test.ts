import { describe, expect, it } from 'vitest';
import { latestTitle, roleHistory } from '../../../src/lib/role-history.ts';

const role = (title: string, document: string, date: string | null) => ({ title, document, date, paragraph: 'p-1', sentence: `${title} X.` });

describe('roleHistory', () => {
  const history = roleHistory([
    role('Minister of Public Security', 'a', '2023-05-02'),
    role('President', 'b', '2024-06-01'),
    role('General Secretary', 'c', '2025-01-13'),
    role('President', 'd', '2024-09-30'),
    role('general secretary', 'e', '2024-12-30'),
    role('Politburo member', 'f', null),
  ]);

  it('gives one row per title, compared ignoring case, most recently stated first, undated last', () => {
    expect(history.map((r) => [r.title, r.from, r.to])).toEqual([
      ['general secretary', '2024-12-30', '2025-01-13'],
      ['President', '2024-06-01', '2024-09-30'],
      ['Minister of Public Security', '2023-05-02', '2023-05-02'],
      ['Politburo member', null, null],
    ]);
  });

  it('keeps every text that states a title, oldest first', () => {
    expect(history[0]!.sources.map((s) => s.document)).toEqual(['e', 'c']);
  });

  it('names the most recently stated title as the latest', () => {
    expect(latestTitle([role('President', 'a', '2024-06-01'), role('General Secretary', 'b', '2024-08-03')])).toBe('General Secretary');
    expect(latestTitle([])).toBeNull();
  });
});
