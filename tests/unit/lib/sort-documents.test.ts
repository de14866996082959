import { describe, expect, it } from 'vitest';
import { sortByDate } from '../../../src/lib/sort-documents.ts';

const entry = (title: string, date: string | null) => ({ data: { title, date } });
const titles = (entries: { data: { title: string } }[]) => entries.map((e) => e.data.title);

describe('sortByDate', () => {
  it('puts the newest document first', () => {
    const sorted = sortByDate([entry('old', '2024-12-30'), entry('new', '2025-01-20'), entry('mid', '2025-01-13')]);
    expect(titles(sorted)).toEqual(['new', 'mid', 'old']);
  });

  it('puts undated documents last', () => {
    const sorted = sortByDate([entry('undated', null), entry('dated', '2020')]);
    expect(titles(sorted)).toEqual(['dated', 'undated']);
  });

  it('orders documents of the same date by title', () => {
    const sorted = sortByDate([entry('Beta', '2025-01-13'), entry('alpha', '2025-01-13'), entry('Gamma', null), entry('delta', null)]);
    expect(titles(sorted)).toEqual(['alpha', 'Beta', 'delta', 'Gamma']);
  });

  it('does not change the array it is given', () => {
    const input = [entry('a', '2024'), entry('b', '2025')];
    sortByDate(input);
    expect(titles(input)).toEqual(['a', 'b']);
  });
});
