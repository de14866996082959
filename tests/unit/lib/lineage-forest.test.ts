import { describe, expect, it } from 'vitest';
import { lineageForest, type ForestBranch } from '../../../src/lib/lineage/forest.ts';
import { lineageNodes } from '../../helpers/lineage-nodes.ts';

/** A forest's trees as nested ids. */
const shape = (b: ForestBranch): unknown => (b.branches.length ? { [b.node.id]: b.branches.map(shape) } : b.node.id);

/** Resolution 57 → the Government's resolution → a ministry plan and a provincial plan (also under 57), a decision setting up a committee under the plan, a plan amending it. */
const CHAIN = lineageNodes([
  { id: 'nq57', date: '2024-12-22', level: 'party' },
  { id: 'nq03', date: '2025-01-09', level: 'government', under: ['nq57'] },
  { id: 'kh118', date: '2025-01-11', level: 'ministry', under: ['nq03'] },
  { id: 'kh58', date: '2025-03-03', level: 'province-or-city', under: ['nq57', 'nq03'] },
  { id: 'qd312', date: '2025-03-20', level: 'province-or-city', under: [['kh58', 'establishes', 'Steering Committee']] },
  { id: 'kh240', date: '2025-10-10', level: 'province-or-city', amends: ['kh58'] },
]);

describe('the forest of the lineage page', () => {
  it('hangs each instrument once, from the first parent a walk down by date meets, and keeps its other parents', () => {
    const forest = lineageForest(CHAIN);
    expect(forest.groups.map((g) => g.map(shape))).toEqual([[{ nq57: [{ nq03: ['kh118', { kh58: ['qd312', 'kh240'] }] }] }]]);
    const plan = forest.groups[0]![0]!.branches[0]!.branches[1]!;
    expect([plan.edge?.instrument, plan.also.map((e) => e.instrument)]).toEqual(['nq03', ['nq57']]);
    expect(plan.branches.map((b) => b.edge?.kind)).toEqual(['establishes', 'amends']);
  });

  it('leaves out instruments joined only by citations, and keeps separate trees apart, oldest first', () => {
    const nodes = lineageNodes([
      { id: 'late', date: '2025-06-01' }, { id: 'late-child', date: '2025-07-01', under: ['late'] },
      { id: 'early', date: '2020-01-01' }, { id: 'early-child', date: '2020-02-01', under: ['early'] },
    ]);
    const cited = { ...nodes[0]!, id: 'cited-only', parents: [], children: [] };
    const forest = lineageForest([...nodes, cited]);
    expect(forest.groups.map((g) => g.map((t) => t.node.id))).toEqual([['early'], ['late']]);
    expect([forest.total, forest.groupsTotal]).toEqual([4, 2]);
  });

  it('ends a cycle the texts state, with every instrument of it drawn once', () => {
    const nodes = lineageNodes([{ id: 'a', date: '2025-01-01', under: ['b'] }, { id: 'b', date: '2025-02-01', under: ['a'] }]);
    const forest = lineageForest(nodes);
    expect(forest.groups.map((g) => g.map(shape))).toEqual([[{ a: ['b'] }]]);
  });

  it('draws at most the maximum: the largest trees first, each from its top down', () => {
    const many = lineageNodes([
      { id: 'top', date: '2024-01-01', level: 'party' },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `plan-${i}`, date: `2025-0${i + 1}-01`, under: ['top'] })),
      { id: 'deep', date: '2025-09-01', under: ['plan-0'] },
      { id: 'small', date: '2023-01-01' }, { id: 'small-child', date: '2023-02-01', under: ['small'] },
    ]);
    const forest = lineageForest(many, 5);
    expect(forest.groups.map((g) => g.map(shape))).toEqual([[{ top: ['plan-0', 'plan-1', 'plan-2', 'plan-3'] }]]);
    expect(forest).toMatchObject({ shown: 5, total: 10, groupsShown: 1, groupsTotal: 2 });
    expect(lineageForest(many, 10).groups.map((g) => g[0]!.node.id)).toEqual(['small', 'top']);
  });
});
