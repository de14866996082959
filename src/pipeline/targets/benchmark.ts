import { DIGITS, numberOf } from './quantity.ts';

/** A bracketed aside of a sentence, by offsets into the sentence (the brackets included). */
export interface Aside {
  start: number;
  end: number;
  /** The words inside the brackets. */
  text: string;
}

/** Words that make an aside compare a local figure with the country or a requirement. */
const COMPARING = new RegExp(String.raw`\b(?:national(?:ly)?|nationwide|whole country|country|countr(?:y|ies)|requirement|required|compared`
  + String.raw`|average|benchmark|target(?:s|ed)?|Resolution)\b`, 'i');
/** The first number of an aside that is not a year. */
const FIRST_NUMBER = new RegExp(String.raw`(?<![\d.,])(${DIGITS})(?![\d])(?!\s*(?:st|nd|rd|th)\b)`, 'g');

/** The bracketed asides of a sentence, outermost only. */
export function asidesOf(text: string): Aside[] {
  const out: Aside[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1, text: text.slice(open + 1, i).trim() });
    }
  }
  return out;
}

/** A sentence with its asides blanked out (same length, so offsets hold): their figures are not targets of their own. */
export function withoutAsides(text: string, asides: Aside[]): string {
  // Built in one pass: cutting the sentence once per aside copied it once per aside.
  const pieces: string[] = [];
  let from = 0;
  for (const a of asides) {
    pieces.push(text.slice(from, a.start), ' '.repeat(a.end - a.start));
    from = a.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/**
 * The benchmark an aside states for the figure before it: "(compared with 25% nationally)",
 * "(the national requirement is 70%)", "(the whole country targets 12)". Null when the aside
 * compares with nothing or states no number.
 */
export function benchmarkIn(aside: Aside): { value: number; text: string } | null {
  if (!COMPARING.test(aside.text)) return null;
  for (const m of aside.text.matchAll(FIRST_NUMBER)) {
    const value = numberOf(m[1]!);
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !m[1]!.includes(',')) continue;
    return { value, text: aside.text };
  }
  return null;
}
