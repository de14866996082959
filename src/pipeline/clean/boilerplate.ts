import { logicalLines } from './lines.ts';

/** Lines this many documents share (at least) are boilerplate when they stand at a text's edges. */
export const BOILERPLATE_MIN_DOCUMENTS = 3;
/** How many logical lines at each end of a text count as its edges. */
export const EDGE_LINES = 8;
const MAX_CHARS = 120;

/** A line's key for comparison across documents. */
export const lineKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Short lines that recur at the edges of several documents (banners, section labels, rails of
 * headlines): the repetition across a corpus marks them as site chrome, whatever their words.
 */
export function findBoilerplate(texts: string[], minDocuments = BOILERPLATE_MIN_DOCUMENTS): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const lines = logicalLines(text);
    const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))];
    const keys = new Set(edges.filter((l) => l.text.length <= MAX_CHARS).map((l) => lineKey(l.text)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= minDocuments).map(([key]) => key));
}
