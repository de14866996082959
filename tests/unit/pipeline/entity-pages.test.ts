import { describe, expect, it } from 'vitest';
import { entityPages } from '../../../src/pipeline/publish/entity-pages.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { Person } from '../../../src/schemas/entity.ts';

const doc = (id: string, date: string | null) => ({ id, date, title: id }) as DocumentData;
const documents = [doc('old', '2024-06-01'), doc('new', '2025-03-02'), doc('undated', null), doc('mid', '2024-11-15')];
const mention = (document: string, paragraph: string) => ({ document, paragraph, sentence: `In ${document}.`, start: 0, end: 2, text: 'In' });
const role = (document: string, date: string | null, title = 'Minister') => ({ document, date, title, paragraph: 'p-1', sentence: `${title}.` });

/** A person named 3 times in "old", twice in "new", once each in "undated" and "mid", with six statements of one title. */
const person: Person = {
  id: 'person/a', type: 'person', name: 'A', aliases: [], description: null, sources: [], related: [],
  documents: ['old', 'new', 'undated', 'mid'],
  mentions: [mention('old', 'p-2'), mention('old', 'p-10'), mention('undated', 'p-1'), mention('new', 'p-3'), mention('old', 'p-1'), mention('mid', 'p-4'), mention('new', 'p-1')],
  roles: [role('old', '2024-06-01'), role('mid', '2024-11-15'), role('new', '2025-03-02'), role('undated', null), role('old', '2024-06-01'), role('new', '2025-03-02', 'Deputy Minister')],
  statements: [{ document: 'mid', paragraph: 'p-2', sentence: 'S.', kind: 'quote', date: '2024-11-15' }, { document: 'new', paragraph: 'p-9', sentence: 'T.', kind: 'reported', date: '2025-03-02' }],
};

describe('what an entity\'s pages list', () => {
  const { summary, detail } = entityPages([person], documents)[0]!;

  it('orders mentions newest text first, undated last, then by paragraph number', () => {
    expect(detail.mentions.map((m) => `${m.document}#${m.paragraph}`)).toEqual(['new#p-1', 'new#p-3', 'mid#p-4', 'old#p-1', 'old#p-2', 'old#p-10', 'undated#p-1']);
    expect(detail.statements.map((s) => s.document)).toEqual(['new', 'mid']);
  });

  it('lists the texts with their counts in the same order', () => {
    expect(detail.texts).toEqual([{ document: 'new', count: 2 }, { document: 'mid', count: 1 }, { document: 'old', count: 3 }, { document: 'undated', count: 1 }]);
  });

  it('keeps each title\'s count and only its newest statements', () => {
    expect(detail.roles.map((r) => [r.title, r.count, r.sources.map((s) => s.document)])).toEqual([
      ['Deputy Minister', 1, ['new']],
      ['Minister', 5, ['undated', 'new', 'mid']],
    ]);
  });

  it('sums it up in a summary small enough for every page', () => {
    expect(summary).toMatchObject({ mentionCount: 7, documentCount: 4, statementCount: 2, firstNamed: '2024-06-01', lastNamed: '2025-03-02', latestTitle: 'Deputy Minister' });
    expect(summary).not.toHaveProperty('mentions');
  });

  it('counts mentions per month over the corpus\'s months', () => {
    const months = detail.series.map((s) => s.month);
    expect(months[0]).toBe('2024-06');
    expect(months.at(-1)).toBe('2025-03');
    expect(detail.series.reduce((n, s) => n + s.count, 0)).toBe(6);
  });
});
