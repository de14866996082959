import { isWhitespace } from '../whitespace.ts';
import type { Line } from '../types.ts';
import { logicalLines } from './lines.ts';

/** Lines this many documents share (at least) are boilerplate when they stand at a text's edges. */
export const BOILERPLATE_MIN_DOCUMENTS = 3;
/** How many logical lines at each end of a text count as its edges. */
export const EDGE_LINES = 8;
const MAX_CHARS = 120;

/**
 * A line's key for comparison across documents: `text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()`,
 * in one pass (it runs on every line of every text, twice a build).
 */
export function lineKey(text: string): string {
  const lower = text.toLowerCase();
  const n = lower.length;
  let key = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      let j = i + 1;
      while (j < n && isDigit(lower.charCodeAt(j))) j++;
      key += `${lower.slice(from, i)}#`;
      from = j;
      i = j - 1;
    } else if (isWhitespace(c)) {
      let j = i + 1;
      while (j < n && isWhitespace(lower.charCodeAt(j))) j++;
      if (j - i > 1 || c !== 0x20) {
        key += `${lower.slice(from, i)} `;
        from = j;
      }
      i = j - 1;
    }
  }
  return (from === 0 ? lower : key + lower.slice(from)).trim();
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

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

/**
 * The lines of a text that are in a boilerplate set (as keys, sorted): what the cleaner may drop from it as repeated chrome.
 * `lines`: the text's logical lines, when the caller has them.
 */
export function boilerplateIn(text: string, boilerplate: ReadonlySet<string>, lines: readonly Line[] = logicalLines(text)): string[] {
  if (boilerplate.size === 0) return [];
  const longest = longestKey(boilerplate);
  const found = new Set<string>();
  for (const line of lines) {
    if (!mayBeShorter(line.text, longest)) continue;
    const key = lineKey(line.text);
    if (boilerplate.has(key)) found.add(key);
  }
  return [...found].sort();
}

/** The length of the longest key of each boilerplate set. */
const longestKeys = new WeakMap<ReadonlySet<string>, number>();
function longestKey(boilerplate: ReadonlySet<string>): number {
  let longest = longestKeys.get(boilerplate);
  if (longest === undefined) {
    longest = 0;
    for (const key of boilerplate) longest = Math.max(longest, key.length);
    longestKeys.set(boilerplate, longest);
  }
  return longest;
}

/**
 * False when a line's key is surely longer than `length`: every character of the line that is
 * not a digit or whitespace stays at least one character of the key (lowercasing never shortens
 * one, and only digits and whitespace are collapsed), so a line with more of them than `length`
 * has a longer key. Counts code points, and stops as soon as the count is over.
 */
function mayBeShorter(text: string, length: number): boolean {
  if (text.length <= length) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xdc00 && c <= 0xdfff) || isWhitespace(c)) continue;
    if (++count > length) return false;
  }
  return true;
}
