/** A clause of a sentence, by offsets into the sentence's text. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

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
