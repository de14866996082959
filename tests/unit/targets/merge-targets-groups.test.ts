import { describe, expect, it } from 'vitest';
import { contentWords, jaccard } from '../../../src/pipeline/events/similarity.ts';
import type { TargetCandidate } from '../../../src/pipeline/targets/find-targets.ts';
import { mergeTargets } from '../../../src/pipeline/targets/merge-targets.ts';

/** Target statements drawn from small pools, so that metrics, values and deadlines often coincide. */
function candidates(count: number, seed: number): TargetCandidate[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const words = ['digital', 'economy', 'GDP', 'share', 'the', 'of', 'enterprises', 'research'];
  return Array.from({ length: count }, (_, i) => ({
    metric: Array.from({ length: Math.floor(next() * 4) }, () => pick(words)).join(' '),
    comparator: pick(['>=', '=']), value: pick([30, 25]), max: null, unit: pick(['%', null]), qualitative: false, baseline: null, benchmark: null,
    deadline: pick([2030, 2045]), scope: 'Vietnam', statement: `statement ${i}`,
    source: { document: `d${String(i).padStart(3, '0')}`, paragraph: 'p-1', text: `sentence ${i}`, when: 'by 2030' },
  }));
}

/** Metric groups as specified: each statement joins the first group whose first statement is similar enough. */
function metricGroupsComparingEveryGroup(all: TargetCandidate[]): string[][] {
  const groups: TargetCandidate[][] = [];
  for (const c of all) {
    const group = groups.find((g) => g[0]!.deadline === c.deadline && g[0]!.scope === c.scope && g[0]!.unit === c.unit
      && g[0]!.qualitative === c.qualitative && jaccard(contentWords(g[0]!.metric), contentWords(c.metric)) >= 0.5);
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => g.map((c) => c.source.document).sort()).sort();
}

describe('targets merged with an index', () => {
  for (const seed of [1, 2, 3]) {
    it(`puts the same statements together as comparing with every group would (seed ${seed})`, () => {
      const all = candidates(150, seed);
      const order = new Map(all.map((c, i) => [c.source.document, i]));
      const targets = mergeTargets(all, order);
      const byId = new Map(targets.map((t) => [t.id, t]));
      const metricGroups = targets.map((t) => [t, ...t.conflicts.map((id) => byId.get(id)!)].flatMap((x) => x.sources.map((src) => src.document)).sort());
      expect([...new Set(metricGroups.map((g) => g.join()))].sort()).toEqual(metricGroupsComparingEveryGroup(all).map((g) => g.join()).sort());
    });
  }
});
