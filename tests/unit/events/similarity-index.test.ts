import { describe, expect, it } from 'vitest';
import { byRarity, SimilarityIndex } from '../../../src/pipeline/events/similarity-index.ts';
import { jaccard } from '../../../src/pipeline/events/similarity.ts';
import { uniqueIds } from '../../../src/pipeline/unique-ids.ts';

/** A small deterministic generator of word sets that often overlap. */
function wordSets(count: number, seed: number): Set<string>[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const words = ['conference', 'digital', 'science', 'national', 'plan', 'economy', 'hanoi', 'data', 'ai'];
  return Array.from({ length: count }, () => new Set(Array.from({ length: Math.floor(next() * 6) }, () => words[Math.floor(next() * words.length)]!)));
}

describe('similarity index', () => {
  for (const threshold of [0.3, 0.5]) {
    it(`finds exactly the sets a comparison with every set finds, in the order added (threshold ${threshold})`, () => {
      const sets = wordSets(300, threshold * 10);
      const index = new SimilarityIndex<number>(threshold, byRarity(sets));
      sets.forEach((set, i) => {
        const everyOne = sets.slice(0, i).flatMap((other, j) => (jaccard(other, set) >= threshold ? [j] : []));
        expect(index.similar(set)).toEqual(everyOne);
        index.add(set, i);
      });
    });
  }

  it('finds nothing similar to an empty set, and never returns one', () => {
    const index = new SimilarityIndex<string>(0.3, byRarity([]));
    index.add(new Set(), 'empty');
    index.add(new Set(['plan']), 'plan');
    expect(index.similar(new Set())).toEqual([]);
    expect(index.similar(new Set(['plan']))).toEqual(['plan']);
  });
});

describe('unique ids', () => {
  /** The plain way: try base-2, base-3 … from the start every time. */
  function naive(ids: [string, string?][]): string[] {
    const taken = new Set<string>();
    return ids.map(([id, base = id]) => {
      let unique = id;
      for (let n = 2; taken.has(unique); n++) unique = `${base}-${n}`;
      taken.add(unique);
      return unique;
    });
  }

  it('names ids as trying every suffix from 2 would, when suffixed ids are also asked for', () => {
    const asked: [string, string?][] = [['a'], ['a'], ['a-3'], ['a'], ['a'], ['b-2', 'b'], ['b-2', 'b'], ['b'], ['a-2'], ['a']];
    const ids = uniqueIds();
    expect(asked.map(([id, base]) => ids(id, base))).toEqual(naive(asked));
    expect(naive(asked)).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-5', 'b-2', 'b-3', 'b', 'a-2-2', 'a-6']);
  });
});
