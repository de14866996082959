import { describe, expect, it } from 'vitest';
import { entitySummary } from '../../../src/lib/entity-summary.ts';
import { entityTable } from '../../../src/lib/entity-table.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { Entity } from '../../../src/schemas/entity.ts';
import { entityPages } from '../../../src/pipeline/publish/entity-pages.ts';

const mention = (document: string) => ({ document, paragraph: 'p-1', sentence: 'S.', start: 0, end: 1, text: 'S' });
const base = (id: string, name: string, documents: string[]) => ({
  id, name, aliases: [], description: null, sources: [], related: [], documents, mentions: documents.map(mention),
});
const person = (id: string, name: string, documents: string[], title?: string): Entity => ({
  ...base(id, name, documents), type: 'person', statements: [],
  roles: title ? [{ title, document: documents[0]!, date: '2025-01-13', paragraph: 'p-1', sentence: 'S.' }] : [],
});
const docs = [['a', '2024-12-30'], ['b', '2025-01-13'], ['c', null]].map(([id, date]) => ({ id, date, title: id } as DocumentData));
/** Entities as the pages see them: summarized by the pipeline's publish stage. */
const summaries = (entities: Entity[]) => entityPages(entities, docs).map((p) => p.summary);

describe('entityTable', () => {
  it('lists the entities of one type, most mentioned first, ties by name', () => {
    const { rows } = entityTable('person', summaries([
      person('person/b', 'Bui Van B', ['a']), person('person/c', 'Cao Thi C', ['a', 'b']),
      person('person/a', 'An Van A', ['c']), { ...base('organization/x', 'X', ['a', 'b', 'c']), type: 'organization' },
    ]));
    expect(rows.map((r) => r.id)).toEqual(['person/c', 'person/a', 'person/b']);
  });

  it('gives people their latest title, and every row its counts and the date it was last named', () => {
    const { columns, rows } = entityTable('person', summaries([person('person/c', 'Cao Thi C', ['a', 'b', 'c'], 'Minister')]));
    expect(columns.map((c) => c.label)).toEqual(['Name', 'Latest title', 'Mentions', 'Texts', 'Last named']);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['Cao Thi C', 'Minister', '3', '3', '13 January 2025']);
    expect(rows[0]!.cells.map((c) => c.sort)).toEqual(['cao thi c', 'minister', 3, 3, '2025-01-13']);
  });

  it('gives instruments their title, issuer and date', () => {
    const resolution: Entity = { ...base('resolution/57-nq-tw', 'Resolution 57-NQ/TW', ['a']), type: 'resolution', number: '57', code: 'NQ/TW', issuer: 'Politburo', date: '2024-12-22', title: 'On breakthroughs', level: 'party' };
    const { columns, rows } = entityTable('resolution', summaries([resolution]));
    expect(columns.map((c) => c.label)).toEqual(['Name', 'Title', 'Issued by', 'Dated', 'Mentions', 'Texts', 'Last named']);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['Resolution 57-NQ/TW', 'On breakthroughs', 'Politburo', '22 December 2024', '1', '1', '30 December 2024']);
  });
});

describe('entitySummary', () => {
  it('prefers the curated description, then a person\'s latest title, then an instrument\'s particulars', () => {
    const [curated, titled, untitled, decision] = summaries([
      { ...person('person/a', 'A', ['a'], 'Minister'), description: 'Curated.' },
      person('person/b', 'B', ['a'], 'Minister'),
      person('person/c', 'C', ['a']),
      { ...base('decision/1131-qd-ttg', 'Decision 1131', ['a']), type: 'decision', number: '1131', code: 'QĐ-TTg', issuer: 'Prime Minister', date: '2025-06', title: null, level: 'government' },
    ]);
    expect(entitySummary(curated!)).toBe('Curated.');
    expect(entitySummary(titled!)).toBe('Minister');
    expect(entitySummary(untitled!)).toBe('Person');
    expect(entitySummary(decision!))
      .toBe('issued by Prime Minister, dated June 2025');
  });
});
