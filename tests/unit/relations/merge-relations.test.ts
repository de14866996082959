import { describe, expect, it } from 'vitest';
import type { IssuerLevel } from '../../../src/schemas/entity.ts';
import type { RelationKind } from '../../../src/schemas/relation.ts';
import type { LinkedRelation } from '../../../src/pipeline/relations/link-relations.ts';
import { mergeRelations, type InstrumentFacts } from '../../../src/pipeline/relations/merge-relations.ts';
import { corpusOf, described, news } from './helpers.ts';

const INSTRUMENTS = new Map<string, InstrumentFacts>(([
  ['plan/142', 'Plan 142/KH-UBND', '2025-03-18', 'province-or-city'], ['resolution/57', 'Resolution 57-NQ/TW', '2024-12-22', 'party'],
  ['resolution/45', 'Resolution 45-NQ/TW', '2023-11-24', 'party'], ['resolution/3', 'Resolution 3/NQ-CP', '2025-01-09', 'government'],
  ['decision/77', 'Decision 77/QĐ-UBND', null, 'province-or-city'], ['decision/61', 'Decision 61/QĐ-UBND', null, 'province-or-city'],
  ['decree/20', 'Decree 20/2025/NĐ-CP', '2025-02-01', 'government'], ['decree/13', 'Decree 13/2023/NĐ-CP', '2023-04-17', 'government'],
] as [string, string, string | null, IssuerLevel][]).map(([id, name, date, level]) => [id, { name, date, level }]));
const ORDER = new Map([['a', 0], ['b', 1], ['c', 2]]);

/** A relation as one sentence states it. */
function stated(from: string, kind: RelationKind, to: string, document: string, sentence = `${from} ${kind} ${to}.`, body: string | null = null): LinkedRelation {
  return { kind, from, to, body: body ? { name: body, entity: null } : null, source: { document, paragraph: 'p-1', sentence, cue: kind, subject: 'named', object: 'named' } };
}

describe('merging the relations the texts state', () => {
  it('makes one relation of the same instruments and kind, with every sentence in document order, each once', () => {
    const merged = mergeRelations([
      stated('plan/142', 'implements', 'resolution/57', 'b'), stated('plan/142', 'implements', 'resolution/57', 'a'),
      stated('plan/142', 'implements', 'resolution/57', 'a'),
    ], INSTRUMENTS, ORDER);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.document)).toEqual(['a', 'b']);
    expect(merged[0]).toMatchObject({ id: 'plan-142--implements--resolution-57', conflict: null, conflicts: [] });
  });

  it('keeps another kind between the same instruments as a relation of its own', () => {
    const merged = mergeRelations([stated('plan/142', 'implements', 'resolution/57', 'a'), stated('plan/142', 'cites', 'resolution/57', 'b')], INSTRUMENTS, ORDER);
    expect(merged.map((r) => r.kind)).toEqual(['cites', 'implements']);
  });

  it('merges across real texts: two reports of one plan under one resolution are one relation with two sources', () => {
    const sentence = "The Provincial People's Committee has issued Plan No. 12/KH-UBND to implement Resolution No. 57-NQ/TW.";
    const { relations } = corpusOf(news(sentence), news('Intro.', 'Plan No. 12/KH-UBND was drawn up under Resolution No. 57-NQ/TW of the Politburo.'));
    expect(relations).toHaveLength(1);
    expect(relations[0]!.sources.map((s) => [s.document, s.paragraph, s.cue])).toEqual([['text-0', 'p-1', 'to implement'], ['text-1', 'p-2', 'drawn up under']]);
  });
});

describe('conflicts between the texts, kept and flagged', () => {
  it('flags an instrument said in two texts to implement two instruments of the same level', () => {
    const merged = mergeRelations([stated('plan/142', 'implements', 'resolution/57', 'a'), stated('plan/142', 'implements', 'resolution/45', 'b')], INSTRUMENTS, ORDER);
    expect(merged.map((r) => [r.id, r.conflict, r.conflicts])).toEqual([
      ['plan-142--implements--resolution-45', 'also said to implement Resolution 57-NQ/TW (party)', ['plan-142--implements--resolution-57']],
      ['plan-142--implements--resolution-57', 'also said to implement Resolution 45-NQ/TW (party)', ['plan-142--implements--resolution-45']],
    ]);
  });

  it('does not flag two of one level listed in one sentence, nor two of different levels', () => {
    const both = 'Plan 142 implements Resolution 57 and Resolution 45.';
    const merged = mergeRelations([
      stated('plan/142', 'implements', 'resolution/57', 'a', both), stated('plan/142', 'implements', 'resolution/45', 'a', both),
      stated('plan/142', 'implements', 'resolution/3', 'b'),
    ], INSTRUMENTS, ORDER);
    expect(merged.map((r) => r.conflict)).toEqual([null, null, null]);
  });

  it('flags a relation stated both ways', () => {
    const merged = mergeRelations([stated('decree/20', 'amends', 'decree/13', 'a'), stated('decree/13', 'amends', 'decree/20', 'b')], INSTRUMENTS, ORDER);
    const reverse = merged.find((r) => r.from === 'decree/13')!;
    expect(reverse.conflict).toContain('the reverse is also stated (Decree 20/2025/NĐ-CP amends Decree 13/2023/NĐ-CP)');
    expect(reverse.conflict).toContain('dated 2023-04-17, before Decree 20/2025/NĐ-CP (2025-02-01)');
    expect(merged.find((r) => r.from === 'decree/20')).toMatchObject({ conflict: 'the reverse is also stated (Decree 13/2023/NĐ-CP amends Decree 20/2025/NĐ-CP)', conflicts: ['decree-13--amends--decree-20'] });
  });

  it('flags two instruments said to set up the same body under one instrument', () => {
    const merged = mergeRelations([
      stated('decision/77', 'establishes', 'plan/142', 'a', undefined, 'provincial Steering Committee for Science'),
      stated('decision/61', 'establishes', 'plan/142', 'b', undefined, 'Steering Committee of the plan'),
    ], INSTRUMENTS, ORDER);
    expect(merged.map((r) => r.conflict)).toEqual([
      'Decision 77/QĐ-UBND also said to set up Steering Committee of the plan',
      'Decision 61/QĐ-UBND also said to set up provincial Steering Committee for Science',
    ]);
  });

  it('flags an instrument dated before the one it implements', () => {
    const [r] = mergeRelations([stated('resolution/3', 'implements', 'plan/142', 'a')], INSTRUMENTS, ORDER);
    expect(r!.conflict).toBe('dated 2025-01-09, before Plan 142/KH-UBND (2025-03-18)');
  });

  it('flags the conflict across real texts, keeping both statements', () => {
    const { entities, relations } = corpusOf(
      news("The Provincial People's Committee has issued Plan No. 142/KH-UBND to concretise Resolution No. 57-NQ/TW of the Politburo."),
      news('Intro.', 'Report No. 305/BC-UBND covers Plan No. 142/KH-UBND on carrying out Resolution No. 45-NQ/TW of the Politburo.'),
    );
    expect(described(relations, new Map(entities.map((e) => [e.id, e.name])))).toEqual([
      'Plan 142/KH-UBND implements Resolution 45-NQ/TW', 'Plan 142/KH-UBND implements Resolution 57-NQ/TW',
    ]);
    expect(relations.map((r) => r.conflict)).toEqual(['also said to implement Resolution 57-NQ/TW (party)', 'also said to implement Resolution 45-NQ/TW (party)']);
  });
});
