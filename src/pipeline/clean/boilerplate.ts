import { logicalLines } from './lines.ts';

/** Lines this many documents share (at least) are boilerplate when they stand at a text's edges. */
export const BOILERPLATE_MIN_DOCUMENTS = 3;
/** How many logical lines at each end of a text count as its edges. */
export const EDGE_LINES = 8;
const MAX_CHARS = 120;

/** A line's key for comparison across documents. */
export const lineKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Short lines that recur at the edges of several documents, each time between other lines (banners
 * above different titles, rail headings above different headlines): repetition across a corpus
 * marks them as site chrome, whatever their words. Copies of one article keep their lines' neighbours,
 * so they are not mistaken for chrome; identical texts count once.
 */
export function findBoilerplate(texts: string[], minDocuments = BOILERPLATE_MIN_DOCUMENTS): Set<string> {
  const seen = new Map<string, { documents: number; neighbours: Set<string> }>();
  for (const text of new Set(texts)) {
    const lines = logicalLines(text);
    const keys = lines.map((l) => lineKey(l.text));
    const edge = (i: number) => i < EDGE_LINES || i >= lines.length - EDGE_LINES;
    const counted = new Set<string>();
    keys.forEach((key, i) => {
      if (!edge(i) || lines[i]!.text.length > MAX_CHARS) return;
      const entry = seen.get(key) ?? { documents: 0, neighbours: new Set<string>() };
      if (!counted.has(key)) entry.documents += 1;
      counted.add(key);
      entry.neighbours.add(`${keys[i - 1] ?? '^'}\n${keys[i + 1] ?? '$'}`);
      seen.set(key, entry);
    });
  }
  return new Set([...seen].filter(([, e]) => e.documents >= minDocuments && e.neighbours.size >= minDocuments).map(([key]) => key));
}
