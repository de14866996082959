import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../../scripts/lib/write-content.ts';
import { lineageRoots, lineageTree, type LineageTree } from '../../../src/lib/lineage.ts';
import { lineageData } from '../../../src/lib/lineage-data.ts';
import { corpusOf, legalPage, news } from './helpers.ts';

const TEXTS = [
  news("The Provincial People's Committee has issued Plan No. 12/KH-UBND dated February 27, 2025 to implement Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo."),
  news('Intro.', 'Resolution No. 03/NQ-CP dated January 9, 2025 of the Government on implementing Resolution No. 57-NQ/TW was discussed.'),
  legalPage('518/QĐ-UBND', 'Pursuant to Plan No. 12/KH-UBND;', 'Article 1. To establish the Steering Committee for Digital Transformation of the province to direct the implementation of Plan No. 12/KH-UBND.'),
];

/** A tree as nested names. */
const names = (t: LineageTree): unknown => (t.branches.length ? { [t.node.name]: t.branches.map(names) } : t.node.name);

describe('the lineage of each instrument, for the pages', () => {
  it('gives each instrument in a relation its parents and children, with the other end\'s date, issuer and level', () => {
    const { lineage } = corpusOf(...TEXTS);
    const resolution = lineage.find((n) => n.id === 'resolution/57-nq-tw')!;
    expect(resolution).toMatchObject({ name: 'Resolution 57-NQ/TW', date: '2024-12-22', level: 'party', parents: [], references: [], referencedBy: [] });
    expect(resolution.children.map((e) => [e.name, e.kind, e.date, e.level, e.issuer])).toEqual([
      ['Resolution 03/NQ-CP', 'implements', '2025-01-09', 'government', 'Government'],
      ['Plan 12/KH-UBND', 'implements', '2025-02-27', 'province-or-city', "People's Committee"],
    ]);
    const plan = lineage.find((n) => n.id === 'plan/12-kh-ubnd')!;
    expect(plan.parents.map((e) => e.name)).toEqual(['Resolution 57-NQ/TW']);
    expect(plan.children.map((e) => [e.name, e.kind, e.body])).toEqual([['Decision 518/QĐ-UBND', 'establishes', 'Steering Committee for Digital Transformation']]);
    expect(plan.referencedBy.map((e) => [e.name, e.kind])).toEqual([['Decision 518/QĐ-UBND', 'cites']]);
  });

  it('orders the nodes by date, undated last', () => {
    expect(corpusOf(...TEXTS).lineage.map((n) => [n.name, n.date])).toEqual([
      ['Resolution 57-NQ/TW', '2024-12-22'], ['Resolution 03/NQ-CP', '2025-01-09'], ['Plan 12/KH-UBND', '2025-02-27'], ['Decision 518/QĐ-UBND', '2025-03-11'],
    ]);
  });

  it('walks a tree down from a resolution and up from a decision, and finds the forest\'s tops', () => {
    const { lineage } = corpusOf(...TEXTS);
    const nodes = new Map(lineage.map((n) => [n.id, n]));
    expect(names(lineageTree(nodes, 'resolution/57-nq-tw', 'down')!)).toEqual({ 'Resolution 57-NQ/TW': ['Resolution 03/NQ-CP', { 'Plan 12/KH-UBND': ['Decision 518/QĐ-UBND'] }] });
    expect(names(lineageTree(nodes, 'decision/518-qd-ubnd', 'up')!)).toEqual({ 'Decision 518/QĐ-UBND': [{ 'Plan 12/KH-UBND': ['Resolution 57-NQ/TW'] }] });
    expect(names(lineageTree(nodes, 'resolution/57-nq-tw', 'down', 1)!)).toEqual({ 'Resolution 57-NQ/TW': ['Resolution 03/NQ-CP', 'Plan 12/KH-UBND'] });
    expect(lineageRoots(lineage).map((n) => n.name)).toEqual(['Resolution 57-NQ/TW']);
    expect(lineageTree(nodes, 'decision/none', 'up')).toBeUndefined();
  });

  it('walks at most the width asked for per instrument, the oldest first, and counts the rest', () => {
    const { lineage } = corpusOf(...TEXTS);
    const nodes = new Map(lineage.map((n) => [n.id, n]));
    const tree = lineageTree(nodes, 'resolution/57-nq-tw', 'down', 4, 1)!;
    expect(names(tree)).toEqual({ 'Resolution 57-NQ/TW': ['Resolution 03/NQ-CP'] });
    expect(tree.more).toBe(1);
    expect(lineageTree(nodes, 'resolution/57-nq-tw', 'down')!.more).toBe(0);
  });

  it('ends a cycle the texts state instead of following it forever', () => {
    const { lineage } = corpusOf(
      news('Plan No. 12/KH-UBND was issued to carry out Plan No. 13/KH-UBND.'),
      news('Intro.', 'Plan No. 13/KH-UBND was issued to carry out Plan No. 12/KH-UBND.'),
    );
    const nodes = new Map(lineage.map((n) => [n.id, n]));
    expect(names(lineageTree(nodes, 'plan/12-kh-ubnd', 'down')!)).toEqual({ 'Plan 12/KH-UBND': ['Plan 13/KH-UBND'] });
  });
});

describe('the lineage the pages read', () => {
  it('is written to content/ by the content build and read back, checked, by entity id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineage-data-'));
    const saved = process.env.CONTENT_DIR;
    try {
      const { files, ...built } = corpusOf(...TEXTS);
      await writeContent(dir, built, files);
      process.env.CONTENT_DIR = dir;
      const { nodes, relations } = lineageData();
      expect(nodes.get('plan/12-kh-ubnd')!.parents.map((e) => e.relation)).toEqual(['plan-12-kh-ubnd--implements--resolution-57-nq-tw']);
      expect(relations.get('plan-12-kh-ubnd--implements--resolution-57-nq-tw')!.sources[0]!.cue).toBe('to implement');
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
