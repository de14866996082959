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

/** ABBREVIATION without the start of the text: for a tail cut from a longer text. */
const ABBREVIATION_INSIDE = new RegExp(ABBREVIATION.source.replace('(?:^|[\\s(])', '[\\s(]'));
if (ABBREVIATION_INSIDE.source === ABBREVIATION.source) throw new Error('ABBREVIATION changed: update ABBREVIATION_INSIDE');
/** A month's abbreviation with its full stop, then a day: "Sept. 29", "Oct. 6". */
const MONTH_BEFORE_DAY = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b/;
/** Longer than any match of ABBREVIATION ("approx." after a space is 8 characters). */
const TAIL = 12;

/**
 * `ABBREVIATION.test(text.slice(from, to))`, on the last characters only: a match ends at `to`
 * and is at most 8 characters long, so one that starts at `from` (the `^` branch) fits in the tail
 * only when the tail is not cut.
 */
function isAbbreviation(text: string, from: number, to: number): boolean {
  if (to - from <= TAIL) return ABBREVIATION.test(text.slice(from, to));
  return ABBREVIATION_INSIDE.test(text.slice(to - TAIL, to));
}

/** Splits a block's text into sentences with offsets; a full stop after an abbreviation does not split. */
export function splitSentences(text: string, block: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of allMatches(boundary, text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(text, start, m.index + 1)) continue;
    // "on Sept. 29, …": a month's abbreviation before a day.
    if (m[0] === '.' && MONTH_BEFORE_DAY.test(text.slice(Math.max(start, m.index - 5), m.index + 4))) continue;
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
