import { jaccard } from './similarity.ts';

interface Entry<T> {
  /** Insertion number: results come back in the order they were added. */
  n: number;
  words: Set<string>;
  value: T;
}

/**
 * Word sets indexed to find those whose Jaccard similarity to a query reaches a threshold without
 * comparing with every set (a prefix filter: two sets that similar share a word among the rarest
 * few of each). `threshold` is above 0; `rarity` orders words, rarest first, the same for every call.
 */
export class SimilarityIndex<T> {
  readonly #postings = new Map<string, Entry<T>[]>();
  readonly #threshold: number;
  readonly #rarity: (a: string, b: string) => number;
  #added = 0;

  constructor(threshold: number, rarity: (a: string, b: string) => number) {
    this.#threshold = threshold;
    this.#rarity = rarity;
  }

  /** Indexes a word set with a value; an empty set is similar to nothing and is not kept. */
  add(words: Set<string>, value: T): void {
    const entry = { n: this.#added++, words, value };
    for (const w of this.#prefix(words)) {
      const list = this.#postings.get(w);
      if (list) list.push(entry);
      else this.#postings.set(w, [entry]);
    }
  }

  /** Values of the indexed sets at least `threshold` similar to `words`, in the order they were added. */
  similar(words: Set<string>): T[] {
    const found = new Set<Entry<T>>();
    for (const w of this.#prefix(words)) for (const e of this.#postings.get(w) ?? []) found.add(e);
    return [...found].filter((e) => jaccard(e.words, words) >= this.#threshold).sort((a, b) => a.n - b.n).map((e) => e.value);
  }

  /** The rarest words of a set, enough that any set `threshold` similar shares one of them. */
  #prefix(words: Set<string>): string[] {
    const overlap = Math.max(1, Math.ceil(this.#threshold * words.size - 1e-9));
    return [...words].sort(this.#rarity).slice(0, words.size - overlap + 1);
  }
}

/** Orders words by how few of `sets` contain them, then alphabetically: the order a SimilarityIndex wants. */
export function byRarity(sets: Iterable<Set<string>>): (a: string, b: string) => number {
  const counts = new Map<string, number>();
  for (const set of sets) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
  return (a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
}
