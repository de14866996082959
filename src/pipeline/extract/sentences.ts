import { allMatches } from './all-matches.ts';

/** A sentence of a block, by offsets into the block's text. */
export interface Sentence {
  /** Index of the block in the document. */
  block: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Assoc|No|Nos|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Gov|Dept|Co|Corp|Inc|Ltd|vs|etc|e\.g|i\.e|approx|[A-Z])\.$/;

/** Splits a block's text into sentences with offsets; a full stop after an abbreviation does not split. */
export function splitSentences(text: string, block: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of allMatches(boundary, text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    push(sentences, text, start, end, block);
    start = end;
  }
  push(sentences, text, start, text.length, block);
  return sentences;
}

function push(out: Sentence[], text: string, from: number, to: number, block: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value) out.push({ block, start: from + lead, end: from + lead + value.length, text: value });
}
