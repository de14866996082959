import { fold } from '../extract/fold.ts';

const STOP = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'at', 'with', 'by', 'its', 'their', 'is', 'are', 'be', 'will', 'must', 'that', 'this',
]);

/** Content words of a phrase, folded and crudely singularized, for comparing titles and metrics. */
export function contentWords(text: string): Set<string> {
  return new Set(fold(text).split(/[^a-z0-9%]+/).filter((w) => w && !STOP.has(w)).map((w) => (w.length > 4
    ? w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '')
    : w)));
}

/** Jaccard similarity of two word sets (0 when both are empty). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
