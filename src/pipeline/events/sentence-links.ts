import type { Link } from '../extract/resolve.ts';
import type { Sentence } from '../extract/sentences.ts';
import { firstAtLeast } from '../sorted-spans.ts';

/**
 * The links inside a stretch of a block: the whole sentence, or offsets within it. The links are in
 * document order (by block, then start), so those of the stretch are found by binary search: asked
 * for every sentence of a long text, a filter over all its links was quadratic.
 */
export function linksIn(links: readonly Link[], sentence: Sentence, from = sentence.start, to = sentence.end): Link[] {
  const out: Link[] = [];
  const first = firstAtLeast(links, 0, (l) => (l.block - sentence.block || l.start - from));
  for (let i = first; i < links.length && links[i]!.block === sentence.block && links[i]!.start <= to; i++) {
    if (links[i]!.end <= to) out.push(links[i]!);
  }
  return out;
}

/** Entity ids of links, first occurrence first, without repeats. */
export const entityIds = (links: readonly Link[]): string[] => [...new Set(links.map((l) => l.entity))];

/** Whether two sentence objects are the same sentence of a document (stages may split a document separately). */
export const sameSentence = (a: Sentence, b: Sentence): boolean => a.block === b.block && a.start === b.start;
