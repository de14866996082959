import { MONTH_NAMES, monthNumber } from './time/words.ts';

/** A calendar date; month and day are 1-based. */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** Month names and abbreviations in any case, built from the one list in time/words.ts; one capturing group. */
const MONTH_ALTERNATIVES = MONTH_NAMES.map((m) => (m.length > 3 ? `${m.slice(0, 3)}(?:${m.slice(3)})?` : m)).join('|')
  .replace('Sep(?:tember)?', 'Sep(?:t(?:ember)?)?');
const MONTH = `(${MONTH_ALTERNATIVES})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

export { monthNumber };

/** True when year, month and day name a real calendar day. */
export function isValidDate({ year, month, day }: DayDate): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ISO 8601 form of a date (`2025-01-13`). */
export function isoDate({ year, month, day }: DayDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Compares two dates chronologically. */
export function compareDates(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A date found in text, with where it was found. */
export interface FoundDate extends DayDate {
  /** The matched text. */
  text: string;
  /** Offset of the match in the searched string. */
  index: number;
}

/** Numeric dates, day first as written in Vietnam (13/01/2025, 12.3.2025, 13-01-2025), or year first (2025-01-13, 2025/01/13); month first only when
 * nothing else can be a date (05/14/2026). */
const NUMERIC = /(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})([/.-])(\d{1,2})\6(\d{1,2}))(?![\d/.-]*\d)/g;
/** The months in Roman numerals, first to twelfth. */
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** A day, a month in Roman numerals and a year, with dots: "08.XI.2030", as a European or a law firm's page prints it. Groups: day, month, year. */
// (A site's menu may be glued to it: "Contact08.XI.2030".)
const ROMAN_MONTH = /(?<![\d.])(\d{1,2})\.(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.((?:19|20)\d{2})(?![\d.])/gu;
/**
 * The months' names in Vietnamese, as a site's template may print them in words ("Tháng Ba", "tháng Mười Hai"): one to twelve, with
 * "Giêng" for the first and "Chạp" for the last; "Mười Một" and "Mười Hai" before "Mười".
 */
const VIETNAMESE_MONTHS: readonly (readonly string[])[] = [
  ['Một', 'Giêng'], ['Hai'], ['Ba'], ['Tư', 'Bốn'], ['Năm'], ['Sáu'], ['Bảy'], ['Tám'], ['Chín'], ['Mười'], ['Mười Một'], ['Mười Hai', 'Chạp'],
];
const VIETNAMESE_MONTH_WORD = VIETNAMESE_MONTHS.flat().sort((a, b) => b.length - a.length).map((w) => `${w}|${w.toLowerCase()}`).join('|');
/** A Vietnamese month's number from its word, in any case: "Ba" → 3. */
const vietnameseMonth = (word: string) => VIETNAMESE_MONTHS.findIndex((words) => words.some((w) => w.toLowerCase() === word.toLowerCase())) + 1;
/**
 * Dates in Vietnamese words: "ngày 14 tháng 5 năm 2026", "14 tháng 5, 2026", the month shortened as a site prints it ("07 thg 8, 2031")
 * or named in words ("12 Tháng Ba, 2030").
 */
const VIETNAMESE = new RegExp(String.raw`(?<![\p{L}\d])(?:[Nn]gày\s+)?(\d{1,2})\s+(?:[Tt]háng|thg)\s+(\d{1,2}|${VIETNAMESE_MONTH_WORD})`
  + String.raw`(?:\s*,\s*|\s+năm\s+)(\d{4})(?![\p{L}\d])`, 'gu');
/** Dates with a month name and a year: "December 22, 2024", "22 December 2024", or with dashes between: "21-Jul-2031". */
const NAMED = new RegExp(`\\b(?:${MONTH}\\s+${DAY},?\\s+(\\d{4})|${DAY}(?:\\s+(?:of\\s+)?|-)${MONTH}(?:,?\\s+|(?<=-\\p{L}+)-)(\\d{4}))\\b`, 'giu');

/** A month name, then the day and year with a slash between: "November, 05/2026", as some sites print their datelines. */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{1,2})/(\\d{4})\\b`, 'gi');

/** A numeric date, day first, with a year of two digits: "02/12/30". Only where the caller knows a date stands (`shortYears`). */
const SHORT_YEAR = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/.-]*\d)/g;

/**
 * Every explicit, complete date (day, month and year) in a string, in order. With `shortYears`, a numeric date whose year has two
 * digits is one of this century ("02/12/30" is 2 December 2030), as a page's own labelled date prints it.
 */
export function findFullDates(text: string, { shortYears = false } = {}): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of shortYears ? text.matchAll(SHORT_YEAR) : []) {
    const date = { year: 2000 + Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const date = m[5]
      ? { year: Number(m[5]), month: Number(m[7]), day: Number(m[8]) }
      // Day first, unless only month first can be a date ("05/14/2026", as sites in the United States print it).
      : Number(m[3]) > 12 && Number(m[1]) <= 12 ? { year: Number(m[4]), month: Number(m[1]), day: Number(m[3]) }
        : { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  for (const m of /[Tt]háng|thg/.test(text) ? text.matchAll(VIETNAMESE) : []) {
    const date = { year: Number(m[3]), month: /\d/.test(m[2]!) ? Number(m[2]) : vietnameseMonth(m[2]!), day: Number(m[1]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(NAMED)) {
    const date = m[1]
      ? { year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) }
      : { year: Number(m[6]), month: monthNumber(m[5]!), day: Number(m[4]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  for (const m of /\.[IVX]/.test(text) ? text.matchAll(ROMAN_MONTH) : []) {
    const date = { year: Number(m[3]), month: ROMAN_MONTHS.indexOf(m[2]!) + 1, day: Number(m[1]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  for (const m of text.includes('/') ? text.matchAll(MONTH_DAY_YEAR) : []) {
    const date = { year: Number(m[3]), month: monthNumber(m[1]!), day: Number(m[2]) };
    if (isValidDate(date)) found.push({ ...date, text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A day and month stated without a year ("On the morning of December 30", "on January 13th"). */
export interface DayMonth {
  month: number;
  day: number;
  text: string;
  index: number;
}

const DAY_MONTH = new RegExp(
  `\\b[Oo]n\\s+(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday`
    + `|Sunday),?\\s+)?(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH})\\b(?!,?\\s*\\d{4})`,
  'g',
);

/** The first "on <month> <day>" expression that gives no year, as news leads state the day of an event. */
export function findDayMonth(text: string): DayMonth | undefined {
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[1] ?? m[4]!);
    const day = Number(m[2] ?? m[3]);
    if (day >= 1 && day <= 31) return { month, day, text: m[0], index: m.index };
  }
  return undefined;
}
