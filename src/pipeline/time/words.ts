/** The English month names, January first: the one list every month pattern is built from. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations of month names as news sites print them ("Jan", "Sept"); May has none. */
const MONTH_ABBREVIATIONS = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';

/** English month names, capitalized or in capitals as a heading prints them ("12 NOVEMBER 2026"), or their abbreviations; one capturing group. */
export const MONTH = `(${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((m) => m.toUpperCase()).join('|')}|${MONTH_ABBREVIATIONS}\\.?)(?![A-Za-z])`;

/** Full English month names only (a bare abbreviation is too ambiguous); one capturing group. */
export const FULL_MONTH = `(${MONTH_NAMES.join('|')})\\b`;

/** Month number (1–12) of an English month name or abbreviation, in any case; 0 when it is none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key)) + 1;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** English weekday names, capitalized; one capturing group. */
export const WEEKDAY = `(${WEEKDAYS.join('|')})\\b`;

/**
 * A weekday's name in Vietnamese, as a schedule heads a day ("Thứ Hai", "Thứ 3", "Chủ Nhật"), in either case; not inside a longer
 * word. As a regular expression source, no group.
 */
export const VI_WEEKDAY = String.raw`(?<![\p{L}\p{M}])(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)(?![\p{L}\p{M}])`;

/** The Vietnamese weekday words after "Thứ", Monday first ("Thứ Hai" is Monday, "Thứ 2" too); Sunday is "Chủ Nhật". */
const VI_WEEKDAY_WORDS = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];

/** ISO number of a weekday name in any case, English or Vietnamese ("Thứ Bảy", "Thứ 7"): Monday 1 … Sunday 7; 0 when it is none. */
export function weekdayNumber(name: string): number {
  const key = name.toLowerCase().normalize('NFC').replace(/\s+/g, ' ');
  const english = WEEKDAYS.findIndex((w) => w.toLowerCase() === key) + 1;
  if (english > 0) return english;
  if (key === 'chủ nhật') return 7;
  const vi = /^thứ ([2-7]|\p{L}+)$/u.exec(key);
  if (!vi) return 0;
  return /\d/.test(vi[1]!) ? Number(vi[1]) - 1 : VI_WEEKDAY_WORDS.indexOf(vi[1]!) + 1;
}

/** A part of the day, no group: "morning", "afternoon", "evening", "night". */
export const DAYTIME = '(?:morning|afternoon|evening|night)';

/** "the morning of ", said before a day; no group. */
export const DAYTIME_OF = `(?:[Tt]he\\s+${DAYTIME}\\s+of\\s+)`;

/** A year of this register, 1900–2100, as four digits; one capturing group. */
export const YEAR = '(19\\d{2}|20\\d{2}|2100)';

/** A parser's `needs` when every match has a digit. */
export const HAS_DIGIT = /\d/;
/** A parser's `needs` when every match has a year of this register. */
export const HAS_YEAR = /19\d\d|20\d\d|2100/;

const COUNTS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** A count of years written in words or digits ("five", "10"); one capturing group. */
export const COUNT = `(\\d{1,2}|${COUNTS.join('|')}|thirty|forty|fifty)`;

/** The number a count word or numeral stands for. */
export function countNumber(word: string): number {
  const tens: Record<string, number> = { thirty: 30, forty: 40, fifty: 50 };
  const lower = word.toLowerCase();
  return tens[lower] ?? (COUNTS.indexOf(lower) + 1 || Number(word));
}

/** Words right before a day an instrument takes effect on ("which took effect on", "effective from"): when it starts to apply. */
export const IN_FORCE_BEFORE = /\b(?:effect|force|effective)\s+(?:(?:on|in|from|as\s+of)\s+)?$/i;
