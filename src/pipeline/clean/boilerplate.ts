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
    const keys: string[] = [];
    const keyAt = (i: number) => (keys[i] ??= lineKey(lines[i]!.text));
    const edge = (i: number) => i < EDGE_LINES || i >= lines.length - EDGE_LINES;
    const counted = new Set<string>();
    lines.forEach((line, i) => {
      if (!edge(i) || line.text.length > MAX_CHARS) return;
      const key = keyAt(i);
      const entry = seen.get(key) ?? { documents: 0, neighbours: new Set<string>() };
      if (!counted.has(key)) entry.documents += 1;
      counted.add(key);
      entry.neighbours.add(`${i > 0 ? keyAt(i - 1) : '^'}\n${i + 1 < lines.length ? keyAt(i + 1) : '$'}`);
      seen.set(key, entry);
    });
  }
  return new Set([...seen].filter(([, e]) => e.documents >= minDocuments && e.neighbours.size >= minDocuments).map(([key]) => key));
}

/** The lines of a text that are in a boilerplate set (as keys, sorted): what the cleaner may drop from it as repeated chrome. */
export function boilerplateIn(text: string, boilerplate: ReadonlySet<string>): string[] {
  if (boilerplate.size === 0) return [];
  return [...new Set(logicalLines(text).map((l) => lineKey(l.text)).filter((key) => boilerplate.has(key)))].sort();
}
