/** A clause of a sentence, by offsets into the sentence's text. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

import { firstAtLeast } from '../sorted-spans.ts';

/** Splits a sentence into clauses at semicolons and colons (list items and "task: detail" forms). */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(/[;:]\s+/g)) {
    clauses.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  clauses.push({ start, end: text.length, text: text.slice(start) });
  return clauses.filter((c) => c.text.trim());
}

/** The clause (of clauses in order) an offset is in, by binary search: a long list has thousands. */
export function clauseAt<C extends { start: number; end: number }>(clauses: readonly C[], offset: number): C | undefined {
  const clause = clauses[firstAtLeast(clauses, offset + 1, (c) => c.start) - 1];
  return clause && offset < clause.end ? clause : undefined;
}
