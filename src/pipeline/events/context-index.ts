import { once } from '../once.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import type { LocalLink, SentenceContext } from './sentence-context.ts';

/**
 * A sentence's links and times by position, for the readers of happenings, which ask for them at
 * each verb: a search through all of them at each verb of a sentence of thousands was quadratic.
 * Built when a context is first asked about, and kept while the context lives.
 */
export interface ContextIndex {
  /** The links that start between two offsets (both included), in order. */
  linksStarting(from: number, to: number): LocalLink[];
  /** The links that end between two offsets (both included), in the sentence's order. */
  linksEnding(from: number, to: number): LocalLink[];
  /** The end of the last time expression that ends by an offset, or 0. */
  lastTimeEnd(by: number): number;
  /** The start of the first time expression after an offset (all of them, or only days and months), or undefined. */
  nextTimeStart(after: number, daysAndMonths?: boolean): number | undefined;
}

const indexes = new WeakMap<SentenceContext, ContextIndex>();

/** The index of a context. */
export function contextIndex(context: SentenceContext): ContextIndex {
  let index = indexes.get(context);
  if (!index) indexes.set(context, (index = build(context)));
  return index;
}

function build({ links, times }: SentenceContext): ContextIndex {
  // Each list is sorted when first needed: most sentences ask for one or two of them.
  const sorted = (key: (l: LocalLink) => number) => once(() => links.map((l, i) => ({ l, i })).sort((a, b) => key(a.l) - key(b.l) || a.i - b.i));
  const byStart = sorted((l) => l.start);
  const byEnd = sorted((l) => l.end);
  const between = (list: { l: LocalLink; i: number }[], key: (l: LocalLink) => number, from: number, to: number) => {
    const out: { l: LocalLink; i: number }[] = [];
    for (let k = firstAtLeast(list, from, (e) => key(e.l)); k < list.length && key(list[k]!.l) <= to; k++) out.push(list[k]!);
    return out.sort((a, b) => a.i - b.i).map((e) => e.l);
  };
  const numbers = (read: () => number[]) => once(() => read().sort((a, b) => a - b));
  const ends = numbers(() => times.map((t) => t.end));
  const starts = numbers(() => times.map((t) => t.start));
  const dayStarts = numbers(() => times.filter((t) => t.precision !== 'year' && t.precision !== 'period').map((t) => t.start));
  const n = (x: number) => x;
  return {
    linksStarting: (from, to) => between(byStart(), (l) => l.start, from, to),
    linksEnding: (from, to) => between(byEnd(), (l) => l.end, from, to),
    lastTimeEnd: (by) => Math.max(0, ends()[firstAtLeast(ends(), by + 1, n) - 1] ?? 0),
    nextTimeStart(after, daysAndMonths = false) {
      const list = daysAndMonths ? dayStarts() : starts();
      return list[firstAtLeast(list, after, n)];
    },
  };
}
