import { findFullDates, isoDate, monthNumber } from '../dates.ts';
import { DAYTIME_OF, MONTH, WEEKDAY, weekdayNumber } from '../time/words.ts';
import { allMatches } from './all-matches.ts';
import type { InstrumentAttributes, YearlessDate } from './types.ts';

/** A date as an instrument attribute: in full, or without its year. */
type StatedDate = Pick<InstrumentAttributes, 'date' | 'when'>;

/**
 * An apposition that names an instrument again by its type, before its date: "Resolution No. 71/NQ-CP, the Government's
 * resolution of April 1, 2025". As a regular expression source, without groups.
 */
export const APPOSED_TYPE = String.raw`,\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:resolution|decision|decree|directive|plan|programme|circular`
  + String.raw`|notice|conclusion|law|dispatch)\s+(?:dated|of)`;
/** What ties a date right after an instrument to it: "dated", "of", "issued on", "on", an apposition (APPOSED_TYPE). */
const TIE = new RegExp(String.raw`^,?\s*(?:(dated|ngày|of|(?:issued|signed|adopted|approved|passed|promulgated)\s+on|${APPOSED_TYPE.slice(1)})|(on))\s+`, 'u');
/** A document's own heading: "No. 845/QĐ-TTg    Hanoi, March 3, 2025" (place, then date of issue). */
// A bar may stand between the number and the place: "No.: 1362/QĐ-TTg | Hà Nội, ngày 14 tháng 8 năm 2026".
const HEADING_PLACE = /^\s*(?:\|\s*)?[\p{Lu}][\p{L}\s.]{1,40}?,\s+(?:(?:ngày|dated)\s+)?/u;
/** A verb of making an instrument, in the past: the instrument it governs was made on the sentence's date. */
const MAKING = /\b(?:adopted|approved|passed|signed|issued|promulgated|announced|enacted|ratified|voted\s+to\s+(?:adopt|approve|pass))\b/g;
/** Words between a verb and an instrument that make the instrument a reference, not the thing made. */
const REFERENCE = new RegExp(String.raw`\b(?:said|says|told|stated|noted|added|which|that|who|under|pursuant|implement(?:s|ed|ing|ation)?`
  + String.raw`|according|following|based|accordance|line\s+with|replac(?:es|ed|ing)|guid(?:es|ed|ing|ance)|amend(?:s|ed|ing)|supplement(?:s|ed`
  + String.raw`|ing)|detail(?:s|ed|ing))\b`);
/** An unnumbered instrument as the verb's object ("issued a circular guiding Decree 13"): the numbered one after it is only cited. */
const OTHER_OBJECT = new RegExp(String.raw`\b(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,3}(?:resolution|decision|directive|conclusion`
  + String.raw`|decree|plan|programme|notice|circular|dispatch|letter|document|report|project|law|strategy)\b(?!\s+(?:No\b|\d))`, 'i');
/** A list of objects after an unnumbered one ("approved the plan and Resolution No. 15"): the numbered one is made too. */
const LISTED = /,|\b(?:and|including|as\s+well\s+as)\b/;
/** Words between the sentence's date and the verb that open another clause: the date is not the verb's. */
const OTHER_CLAUSE = /\b(?:after|before|since|when|while|once|because|although|though)\b/;
/** A time of its own right after the instrument ("… issued Plan No. 7 last year"): the sentence's date is not its date. */
const OWN_TIME = /^(?:\s+(?:[\p{Ll}-]+\s+){0,3})?\s*(?:last|earlier|previously|in\s+(?:19|20)\d\d|a\s+(?:year|month|week)\s+ago)\b/u;
/** "on" before a date in a sentence. */
const ON = /\b[Oo]n\s+/g;
/**
 * How far back from an instrument its verb of making, and from the verb the sentence's date, are
 * looked for: twice the longest sentence of the gold and synthetic texts (971 characters). Without
 * a bound, a sentence that runs on (a list of codes) is read again before each of its instruments.
 */
const REACH = 2_000;
const YEARLESS = new RegExp(String.raw`^(?:${DAYTIME_OF})?(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?`
  + String.raw`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})\b(?!,?\s*\d{4})`);
const WEEKDAY_ONLY = new RegExp(String.raw`^(?:${DAYTIME_OF})?${WEEKDAY}(?!,?\s+(?:\d|${MONTH}))`);
const FULL_PREFIX = new RegExp(String.raw`^(?:${DAYTIME_OF})?(?:${WEEKDAY},?\s+)?`);

/** Reads a date at the very start of a text: "March 3, 2025", "09/10/2024", "June 19", "Thursday". */
export function dateAt(text: string): StatedDate | undefined {
  const lead = FULL_PREFIX.exec(text)?.[0].length ?? 0;
  const [full] = findFullDates(text.slice(0, lead + 40));
  if (full && full.index === lead) return { date: isoDate(full) };
  const yearless = YEARLESS.exec(text);
  if (yearless) {
    const month = monthNumber(yearless[2] ?? yearless[5]!);
    const day = Number(yearless[3] ?? yearless[4]);
    if (month >= 1 && day >= 1 && day <= 31) return { when: { month, day } satisfies YearlessDate };
  }
  const weekday = WEEKDAY_ONLY.exec(text);
  if (weekday) return { when: { weekday: weekdayNumber(weekday[1]!) } };
  return undefined;
}

/**
 * Date, issuer and title of an instrument from its sentence: a date tied to it ("dated March 3,
 * 2025", "issued on 09/10/2024", after a verb of making "… signed Decree X on Thursday"), the date
 * of its own heading ("No. 845/QĐ-TTg Hanoi, March 3, 2025"), or the date of the sentence whose
 * verb made it ("On June 19, the Assembly adopted Resolution X"); the issuer ("of the Politburo");
 * the title ("on breakthroughs in …").
 */
export function describeInstrument(
  text: string, start: number, end: number, heading = false, marks = sentenceMarks(text),
): InstrumentAttributes {
  const out: InstrumentAttributes = {};
  const before = text.slice(0, start);
  const made = madeBy(before, marks.making);
  let rest = text.slice(end);
  const tie = TIE.exec(rest);
  const place = heading ? HEADING_PLACE.exec(rest) : null;
  const tied = tie && (tie[1] || made !== undefined) ? tie : place;
  const stated = tied ? dateAt(rest.slice(tied[0].length)) : undefined;
  if (tied && stated) {
    Object.assign(out, stated);
    const length = dateLength(rest.slice(tied[0].length));
    rest = rest.slice(tied[0].length + length);
  } else if (made !== undefined && !OWN_TIME.test(rest)) {
    const sentenceDate = dateBefore(before, made, marks.on);
    if (sentenceDate) Object.assign(out, sentenceDate);
  }
  const issuer = /^,?\s*(?:of|by|from)\s+the\s+((?:\d+(?:st|nd|rd|th)\s+)?[\p{Lu}][\p{L}’']*(?:\s+[\p{Lu}][\p{L}’']*){0,5})/u.exec(rest);
  if (issuer) {
    out.issuer = issuer[1]!.replace(/^\d+(?:st|nd|rd|th)\s+/, '');
    rest = rest.slice(issuer[0].length);
  }
  const quoted = /^\s*[“"]([Oo]n\s[^”"]{10,200})[”"]/.exec(rest);
  const plain = new RegExp(String.raw`^\s+(on\s+(?!the\s+(?:morning|afternoon|occasion)\b)[^.;“”"]{10,200}?)(?=[.;]|\s+as\s+an?\s`
    + String.raw`|,\s+(?:creating|contributing|which|as|with)\b|$)`).exec(rest);
  const title = quoted?.[1] ?? plain?.[1];
  if (title && !dateAt(title.slice(3))) out.title = title.charAt(0).toUpperCase() + title.slice(1);
  return out;
}

/** The verbs of making and the "on"s of a sentence, found once for all its instruments. */
export interface SentenceMarks {
  making: RegExpExecArray[];
  on: RegExpExecArray[];
}

/** The marks of a sentence, for `describeInstrument`. */
export const sentenceMarks = (text: string): SentenceMarks => ({ making: allMatches(MAKING, text), on: allMatches(ON, text) });

/**
 * The last of `marks` (in order) that ends by `at`, as a search of `text.slice(0, at)` finds it:
 * an instrument or a verb starts a word, so no mark before it runs into it.
 */
function lastBefore(marks: RegExpExecArray[], at: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (marks[mid]!.index + marks[mid]![0].length <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * Where the verb that made the instrument starts, when it is at most REACH characters before it and
 * nothing between makes it a mere reference.
 */
function madeBy(before: string, making: RegExpExecArray[]): number | undefined {
  const last = making[lastBefore(making, before.length)];
  if (!last || before.length - (last.index + last[0].length) > REACH) return undefined;
  const between = before.slice(last.index + last[0].length);
  const other = OTHER_OBJECT.exec(between);
  const cited = other && !LISTED.test(between.slice(other.index + other[0].length));
  return REFERENCE.test(between) || cited ? undefined : last.index;
}

/**
 * The last "on <date>" before the verb (at most REACH characters before it), unless a speech verb
 * stands between (then it dates the speaking).
 */
function dateBefore(before: string, verb: number, ons: RegExpExecArray[]): StatedDate | undefined {
  for (let i = lastBefore(ons, verb); i >= 0 && ons[i]!.index >= verb - REACH; i--) {
    const m = ons[i]!;
    const stated = dateAt(before.slice(m.index + m[0].length, verb));
    if (stated) return REFERENCE.test(before.slice(m.index, verb)) || OTHER_CLAUSE.test(before.slice(m.index, verb)) ? undefined : stated;
  }
  return undefined;
}

/** Length of the date at the start of a text (as `dateAt` reads it). */
function dateLength(text: string): number {
  const lead = FULL_PREFIX.exec(text)?.[0].length ?? 0;
  const [full] = findFullDates(text.slice(0, lead + 40));
  if (full && full.index === lead) return lead + full.text.length;
  return (YEARLESS.exec(text) ?? WEEKDAY_ONLY.exec(text))?.[0].length ?? 0;
}
