import { DIGITS, numberOf, WORD } from './quantity.ts';
import { foldPlace, PLACES } from '../extract/lexicon/provinces.ts';
import { COUNTRIES } from '../extract/lexicon/countries.ts';

/** A bracketed aside of a sentence, by offsets into the sentence (the brackets included). */
export interface Aside {
  start: number;
  end: number;
  /** The words inside the brackets. */
  text: string;
}

/** Words that make an aside compare a local figure with the country or a requirement. */
// (In Vietnamese too: "(cả nước: 33%)", the whole country's.)
const COMPARING = new RegExp(String.raw`\b(?:national(?:ly)?|nationwide|whole country|country|countr(?:y|ies)|cả\s+nước|requirement|required|compared`
  + String.raw`|average|benchmark|target(?:s|ed)?|Resolution)\b`, 'i');
/** An aside that gives the figure a target replaces, no benchmark: "(the original resolution said 28%)", "(previously 35%)". */
const FORMER = /\b(?:original(?:ly)?|previous(?:ly)?|formerly|earlier|old|was\s+\d|were\s+\d|instead\s+of)\b/i;
/** An aside that is a figure alone: "(70 per cent)", "(≥ 80%)". A benchmark where the text says its brackets hold national figures. */
const BARE_FIGURE = /^(?:≥|>=|at\s+least\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)?$/i;
/**
 * Another place's figure, labelled by the place: "(Lào Cai: 90 percent)", "(Hà Nội courts: 65 percent)", "(Đắk Lắk: 2,100)"; or another
 * country's: "(Singapore: 60 percent)". Group: the place.
 */
// (Its figure may be in words: "(Đà Nẵng: four)". Group 2: the figure in words.)
const PLACE_LABEL = new RegExp(String.raw`^((?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*)(?:[’']s)?(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*:\s*`
  + String.raw`(?:≥\s*|at\s+least\s+)?(?:\d|(${WORD})\s*$)`, 'u');
const placeFigure = (text: string): boolean => {
  const place = PLACE_LABEL.exec(text.trim())?.[1];
  return place !== undefined && (PLACES.has(foldPlace(place)) || COUNTRIES.has(foldPlace(place)));
};
/**
 * Whether a benchmark is another country's figure: "(Singapore: 60 percent)", "(Thailand's target: 50 percent)". The figure it sits beside
 * is then the country's, not a place's.
 */
export const foreignBenchmark = (text: string): boolean => {
  const label = PLACE_LABEL.exec(text.trim())?.[1];
  return label !== undefined && COUNTRIES.has(foldPlace(label));
};
/** Words that say a text's brackets hold the national figures: "(national figures in brackets)", "national targets in brackets". */
export const NATIONAL_BRACKETS = /\bnational\b[^()]{0,30}\bin\s+brackets\b/i;
/** The first number of an aside that is not a year. */
// (Nor a gap in points: "2 points below the national 30%".)
const FIRST_NUMBER = new RegExp(String.raw`(?<![\d.,])(${DIGITS})(?![\d])(?!\s*(?:st|nd|rd|th)\b)(?!\s+(?:percentage\s+)?points?\b)`, 'g');

/** How far a local figure is from the country's, before "above" or "below": "five points ", "2.5 percentage points ". No groups. */
const GAP = String.raw`(?:(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:percentage\s+)?points?\s+)?`;
/** The country's own aim told beside a local one: "while the country as a whole targets", "whereas the national target is". No groups. */
const COUNTRY_AIMS = String.raw`(?:while|whereas)\s+(?:the\s+(?:whole\s+)?country(?:\s+as\s+a\s+whole)?\s+(?:targets|aims\s+(?:for|at)|sets)`
  + String.raw`|the\s+national\s+(?:target|goal)\s+is)`;

/**
 * A comparison set off by a comma after a local figure, which is an aside too: ", against the national target of 30 per cent".
 * Group: its words after the comma.
 */
// (Or "above"/"below" it: ", above the national target of 2 per cent".)
// (Or what the country aims for, in a clause of its own: ", while the country as a whole targets 95%".)
// (Or by how much: ", five points below the national target of 30%", ", 2 percentage points above the national …".)
const COMPARED = new RegExp(String.raw`,\s+((?:${GAP}(?:against|compared\s+with|versus|above|below|ahead\s+of|higher\s+than|lower\s+than)\s+(?:the\s+|a\s+)?`
  + String.raw`(?:national|nationwide|country[’']s|whole\s+country[’']s)|${COUNTRY_AIMS})`
  + String.raw`\s+[^,;.()]{0,60}?\d[^,;()]*?)(?=[,;]|\.(?!\d)|$)`, 'gu');

/** Whether a sentence may hold an aside at all: a bracket, round or square, or a comparison after a comma. */
export const HAS_ASIDE = new RegExp(String.raw`[([]|,\s+${GAP}(?:against|compared\s+with|versus|above|below|ahead\s+of|higher\s+than|lower\s+than`
  + String.raw`|while)\s`);

/**
 * The asides of a sentence, in order: its brackets (outermost only), round or square ("[national: 30%]", an editor's insertion, as
 * a transcript's "[00:02:40]" is), and its comparisons after a comma (see COMPARED).
 */
export function asidesOf(text: string): Aside[] {
  const brackets = bracketsOf(text);
  const compared: Aside[] = [];
  for (const m of text.includes(',') ? text.matchAll(COMPARED) : []) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!brackets.some((b) => b.start < end && start < b.end)) compared.push({ start, end, text: m[1]!.trim() });
  }
  return compared.length === 0 ? brackets : [...brackets, ...compared].sort((a, b) => a.start - b.start);
}

/** The bracket each opening bracket is closed by. */
const CLOSING: Record<string, string> = { '(': ')', '[': ']' };

/** The bracketed asides of a sentence, outermost only; a closing bracket of the other kind than the one open is text. */
function bracketsOf(text: string): Aside[] {
  const out: Aside[] = [];
  const open: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in CLOSING) {
      if (open.length === 0) start = i;
      open.push(CLOSING[c]!);
    } else if (open.length > 0 && c === open.at(-1)) {
      open.pop();
      if (open.length === 0) out.push({ start, end: i + 1, text: text.slice(start + 1, i).trim() });
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
export function benchmarkIn(aside: Aside, bare = false): { value: number; text: string } | null {
  return benchmarksIn(aside, bare)[0] ?? null;
}

/**
 * Every benchmark an aside states, in order, one for each figure of a run it follows: "(25% by 2030 and 35% by 2035) (national targets:
 * 30% and 40%)". Years are no benchmarks.
 */
export function benchmarksIn(aside: Aside, bare = false): { value: number; text: string }[] {
  if ((!COMPARING.test(aside.text) || FORMER.test(aside.text)) && !(bare && BARE_FIGURE.test(aside.text)) && !placeFigure(aside.text)) return [];
  const out: { value: number; text: string }[] = [];
  const inWords = PLACE_LABEL.exec(aside.text.trim())?.[2];
  if (inWords && placeFigure(aside.text)) return [{ value: numberOf(inWords), text: aside.text }];
  for (const m of aside.text.matchAll(FIRST_NUMBER)) {
    const value = numberOf(m[1]!);
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !m[1]!.includes(',')) continue;
    out.push({ value, text: aside.text });
  }
  return out;
}
