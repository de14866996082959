import { PROSE_SENTENCE } from '../../src/bench/stages.ts';
/**
 * Adversarial texts of a chosen size, each built to stress one kind of pattern the stages match:
 * one long line, nested brackets, runs of numbers, names, dates, instrument codes and targets.
 */
export const ADVERSARIAL: Record<string, (bytes: number) => string> = {
  'one long line of words': (n) => repeat('the committee shall continue to review the plan ', n),
  'deeply nested brackets': (n) => { const half = Math.floor(n / 4); return `Resolution ${'(['.repeat(half / 2)}57${'])'.repeat(half / 2)} targets.\n\n${'('.repeat(half)}${')'.repeat(half)}`; },
  'thousands of numbers in a row': (n) => repeat('1,000,000 2.5% 30 40-50 ', n),
  'numbers with no spaces': (n) => repeat('1234567890', n),
  // (A CSV preview's row with no end, and a line of commas with a space at its end: no row.)
  'comma-separated cells with no end': (n) => `code,indicator,target_2030,${repeat('X-1,Share of households,95,"1,200",,', n - 40)} x`,
  'capitalized words with no end': (n) => repeat('Nguyen Van Minh Tran Thi Lan Committee Ministry ', n),
  'dates one after another': (n) => repeat('on 22 December 2024, by 2030, in January 2025 and 2045, ', n),
  'instrument codes run together': (n) => repeat('Resolution No. 57-NQ/TW, Decision 1131/QD-TTg, Law No. 93/2025/QH15 ', n),
  'targets one after another': (n) => repeat('By 2030, the digital economy will reach 30% of GDP and at least 50,000 enterprises; ', n),
  'quotes and speakers without end': (n) => repeat('"We must act," said General Secretary To Lam, "and ', n),
  'a megabyte-style paragraph split into paragraphs': (n) => repeat('The Politburo adopted Resolution 57-NQ/TW on 22 December 2024.\n\n', n),
  'happenings one after another': (n) => repeat('on 22 December 2024 the Politburo adopted Resolution No. 57-NQ/TW and Decision 1131/QD-TTg, ', n),
  'dates with no "on" before them': (n) => repeat('09/10/2024 December 22, 2024 ', n),
  'comparisons one after another': (n) => repeat('the level is equivalent to that of developed countries ', n),
  'many short lines': (n) => repeat('Photo: VNA\nHome\n', n),
  'combining marks and zero-width joiners': (n) => repeat('Tô\u0301\u0302 La\u200Bm \u202Eđ\u0323ổi mới\u200D ', n),
  'a run of spaces before one word': (n) => `${' '.repeat(n - 4)}word`,
  'one repeated letter': (n) => 'a'.repeat(n),
  'dots and abbreviations': (n) => repeat('No. Dr. Mr. U.S. e.g. 1.2.3. ', n),
  'hyphens and slashes': (n) => repeat('57-NQ/TW/-/-/--//', n),
  'sentences of prose one after another in one paragraph': (n) => repeat(PROSE_SENTENCE, n),
  // (Times, aims and years run together in one sentence: each read in a window around the figure, not the whole sentence.)
  'times and deadlines in one endless sentence': (n) => repeat('the fund will decide on every grant application within 45 days from 2029 and ', n),
  'relations one after another in one paragraph': (n) => repeat('Plan No. 12/KH-UBND was issued to implement Resolution No. 57-NQ/TW. The plan replaces Plan No. 9/KH-UBND. It was drawn up under the Politburo\'s resolution. ', n),
};

/** `unit` repeated to `bytes` characters (cut at the end). */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
