import { describe, expect, it } from 'vitest';
import { familyOf } from '../../../src/pipeline/events/act-kinds.ts';
import { mergeEvents } from '../../../src/pipeline/events/merge-events.ts';
import { contentWords, jaccard } from '../../../src/pipeline/events/similarity.ts';
import type { EventCandidate } from '../../../src/pipeline/events/types.ts';
import type { TimeExpression } from '../../../src/pipeline/time/types.ts';

/** Candidates drawn from small pools, so that titles, participants and instruments often coincide. */
function candidates(count: number, seed: number): EventCandidate[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const words = ['conference', 'meeting', 'digital', 'science', 'the', 'of', 'national', 'strategy', 'plan'];
  return Array.from({ length: count }, (_, i) => {
    const value = pick(['2025-01-13', '2025-01-14']);
    return {
      kind: pick(['meeting', 'meeting', 'other', 'milestone', 'instrument', 'signed', 'establishment'] as const),
      title: Array.from({ length: Math.floor(next() * 5) }, () => pick(words)).join(' '),
      quality: pick([0, 1, 2, 3]),
      time: { value, precision: 'day', from: value, to: value, inferred: [] } as unknown as TimeExpression,
      place: null,
      participants: [...new Set(Array.from({ length: Math.floor(next() * 3) }, () => pick(['p1', 'p2', 'p3', 'p4', 'p5'])))],
      entities: next() < 0.5 ? [] : [pick(['e1', 'e2'])],
      source: { document: `d${i}`, paragraph: 'p-1', text: `sentence ${i}`, when: value },
      instrument: next() < 0.3 ? undefined : pick(['i1', 'i2']),
    };
  });
}

/** The groups as the merge is specified: each candidate compared with every member of every group that day. */
function groupsComparingEveryPair(all: EventCandidate[]): string[][] {
  const same = (a: EventCandidate, b: EventCandidate) => {
    if (familyOf(a.kind) !== familyOf(b.kind)) return false;
    const similarity = jaccard(contentWords(a.title), contentWords(b.title));
    // Acts on an instrument are the same when they name the same one; acts naming none, when their titles are alike.
    if (familyOf(a.kind) === 'act') return a.instrument !== undefined || b.instrument !== undefined ? a.instrument === b.instrument : similarity >= 0.3;
    if (a.kind === 'establishment') return a.entities[0] === b.entities[0];
    if (a.kind === 'milestone') return similarity >= 0.5;
    // One person visits two sites on one day: visits and launches are the same only when their titles are alike.
    if (a.kind === 'other') return similarity >= 0.3;
    return similarity >= 0.3 || a.participants.some((p) => b.participants.includes(p));
  };
  const byDate = new Map<string, EventCandidate[][]>();
  for (const c of all.filter((x) => x.quality > 0)) {
    const groups = byDate.get(c.time.value) ?? [];
    const matching = groups.filter((g) => g.some((m) => same(m, c)));
    byDate.set(c.time.value, [...groups.filter((g) => !matching.includes(g)), [c, ...matching.flat()]]);
  }
  for (const bare of all.filter((x) => x.quality === 0)) {
    const groups = byDate.get(bare.time.value) ?? [];
    const sameKind = groups.filter((g) => familyOf(g[0]!.kind) === familyOf(bare.kind));
    const group = sameKind.find((g) => g.some((c) => c.participants.some((p) => bare.participants.includes(p))))
      ?? (bare.participants.length === 0 ? [...sameKind].sort((a, b) => b.length - a.length)[0] : undefined);
    if (group) group.push(bare);
    else byDate.set(bare.time.value, [...groups, [bare]]);
  }
  return [...byDate.values()].flat().map((g) => g.map((c) => c.source.document).sort()).sort();
}

describe('events merged with indexes', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`groups the same candidates as comparing every pair would (seed ${seed})`, () => {
      const all = candidates(120, seed);
      const events = mergeEvents(all.map((c) => ({ ...c })), new Map());
      expect(events.map((e) => e.sources.map((src) => src.document).sort()).sort()).toEqual(groupsComparingEveryPair(all));
    });
  }

  it('merges two groups that a later candidate links, and lists every source in document order', () => {
    const at = (document: string, title: string, participants: string[]): EventCandidate => ({
      kind: 'meeting', title, quality: 2, place: null, participants, entities: [],
      time: { value: '2025-01-13', precision: 'day', from: '2025-01-13', to: '2025-01-13', inferred: [] } as unknown as TimeExpression,
      source: { document, paragraph: 'p-1', text: title, when: 'January 13' },
    });
    const events = mergeEvents([
      at('c', 'Conference on hospital data', []),
      at('a', 'Politburo meets', ['person/to-lam']),
      at('b', 'Hospital data conference', ['person/to-lam']),
    ], new Map([['a', 0], ['b', 1], ['c', 2]]));
    expect(events.map((e) => e.sources.map((s) => s.document))).toEqual([['a', 'b', 'c']]);
  });
});
