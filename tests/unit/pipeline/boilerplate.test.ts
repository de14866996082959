import { describe, expect, it } from 'vitest';
import { findBoilerplate, lineKey } from '../../../src/pipeline/clean/boilerplate.ts';

const article = (title: string, headline: string) =>
  `Tintuc.example - News every day\n${title}\nThe council met and agreed on the plan for the province.\nIt will report next month.\nMost read\n${headline}`;

describe('boilerplate found by repetition across documents', () => {
  it('finds a banner and a rail heading that several documents repeat around different lines', () => {
    const found = findBoilerplate([article('First title', 'Floods in the north'), article('Second title', 'A new bridge opens'), article('Third title', 'Rice prices rise')]);
    expect(found).toContain(lineKey('Tintuc.example - News every day'));
    expect(found).toContain(lineKey('Most read'));
    expect(found).not.toContain(lineKey('First title'));
  });

  it('does not take copies of the same article for chrome', () => {
    const copy = 'A short lead.\nA second short paragraph.';
    expect(findBoilerplate([copy, copy, copy, `${copy}\nEnd.`, `Intro.\n${copy}`])).toEqual(new Set());
  });

  it('needs the line in at least three documents', () => {
    expect(findBoilerplate([article('A', 'X happens'), article('B', 'Y happens')])).toEqual(new Set());
  });
});
