import { buildCorpus } from '../../../src/pipeline/build.ts';

/** Builds texts (path → text) through the whole pipeline and returns what it found, for timeline tests. */
export function timelineOf(texts: Record<string, string>) {
  return buildCorpus(Object.entries(texts).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })));
}

/** A text with a header dateline, as news sites print it ("Tin tứcTin tức13/01/2025"), then its lines. */
export const dated = (date: string, ...lines: string[]) => [`A report on the day`, `Tin tứcTin tức${date}`, ...lines].join('\n');
