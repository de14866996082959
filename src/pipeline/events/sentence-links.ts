import type { Link } from '../extract/resolve.ts';
import type { Sentence } from '../extract/sentences.ts';

/** The links inside a stretch of a block: the whole sentence, or offsets within it. */
export function linksIn(links: readonly Link[], sentence: Sentence, from = sentence.start, to = sentence.end): Link[] {
  return links.filter((l) => l.block === sentence.block && l.start >= from && l.end <= to);
}

/** Entity ids of links, first occurrence first, without repeats. */
export const entityIds = (links: readonly Link[]): string[] => [...new Set(links.map((l) => l.entity))];

/** Whether two sentence objects are the same sentence of a document (stages may split a document separately). */
export const sameSentence = (a: Sentence, b: Sentence): boolean => a.block === b.block && a.start === b.start;
