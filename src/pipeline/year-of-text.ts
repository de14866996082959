import { compareDates, findFullDates, isValidDate, type DayDate, type FoundDate } from './dates.ts';
import { isoWeekday } from './time/calendar.ts';
import { WEEKDAYS } from './time/words.ts';

/** A year a text speaks of as the present or the past: "in 2025", "the 2025 plan", "the city's 2025 budget". */
const CURRENT_YEAR = new RegExp(String.raw`\b(?:(in|during|of|the|[\p{L}]+['’]s)\s+)(20\d\d|19\d\d)\b(?!\s*[-–—]\s*\d)(?!\s+(?:period|vision`
  + String.raw`|targets?|goals?|strategy|agenda|deadline)\b)`, 'gu');
/** Words before a year or a date that point ahead of the text's own time: deadlines, effect dates. */
const AHEAD = new RegExp(String.raw`\b(?:(?:by|until|till|before|from|to)(?:\s+the)?(?:\s+(?:end|middle|start|beginning)(?:\s+of)?)?`
  + String.raw`|effect(?:ive)?(?:\s+(?:from|on|as\s+of))?|takes?\s+effect(?:\s+(?:from|on))?|scheduled\s+(?:for|on)|expected\s+(?:on|by)`
  + String.raw`|deadline(?:\s+of)?|vision)\s*$`, 'i');

/** A year the text reasons from, and how it was found, for the date note. */
export interface YearReason {
  year: number;
  why: string;
}

/**
 * The year of a day a text states without one ("November 21"), read from the text itself (the
 * pipeline has no clock): the first year that puts the day on or after the latest past date the
 * text states in full (a meeting on 30 December after a resolution of 22 December 2024 was in
 * 2024); but when the year the text most often speaks of as current ("in 2025", "the 2025 plan")
 * is later still, the full date was an old reference and that year wins. Dates that point ahead ("takes effect from
 * January 1, 2026", "by December 31") are not past dates. Null when the text gives no year at all.
 */
export function yearOfDay(day: { month: number; day: number }, texts: string[], weekday?: number): YearReason | null {
  const text = texts.join('\n');
  const anchor = pastDates(text).sort(compareDates).at(-1);
  const candidate = (year: number): DayDate => ({ year, month: day.month, day: day.day });
  const fits = (year: number) => isValidDate(candidate(year)) && (!anchor || compareDates(candidate(year), anchor) >= 0);
  const firstYear = (from: number) => [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => from + n).find(fits);
  const current = currentYear(text);
  const anchorYear = anchor ? firstYear(anchor.year) : undefined;
  const coded = !anchor && !current ? codeYear(text) : undefined;
  const reason: YearReason | null = current && fits(current.year) && (anchorYear === undefined || current.year > anchorYear + 1)
    ? { year: current.year, why: `the year the text speaks of as current (${current.count}× "${current.example}")` }
    : anchor && anchorYear !== undefined
      ? { year: anchorYear, why: `the first such day on or after the latest past date in the text (${anchor.text})` }
      // A text that states no year but in its documents' numbers ("Resolution No. 63/2029/NQ-HĐND", adopted at the session it reports).
      : coded ? { year: coded.year, why: `the latest year in the numbers of the documents it names ("${coded.code}")` } : null;
  if (!reason || !weekday) return reason;
  // A page's weekday ("Monday, August 16") holds in one year of six to eleven: the year nearest the reasoned one that it holds in.
  const onWeekday = (year: number) => fits(year) && isoWeekday(candidate(year)) === weekday;
  const near = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5].map((n) => reason.year + n).find(onWeekday);
  if (near === undefined || near === reason.year) return reason;
  return { year: near, why: `the year nearest ${reason.year} (${reason.why}) in which that day is the ${WEEKDAYS[weekday - 1]} the page names` };
}

/** Full dates that the text states as past or present, not as deadlines or effect dates. */
function pastDates(text: string): FoundDate[] {
  return findFullDates(text).filter((d) => !AHEAD.test(text.slice(Math.max(0, d.index - 40), d.index)));
}

/** The year most often spoken of as current; ties go to the later year. */
function currentYear(text: string): { year: number; count: number; example: string } | undefined {
  const counts = new Map<number, { count: number; example: string }>();
  for (const m of text.matchAll(CURRENT_YEAR)) {
    if (AHEAD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const year = Number(m[2]);
    const seen = counts.get(year);
    counts.set(year, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? m[0] });
  }
  const [best] = [...counts].sort((a, b) => b[1].count - a[1].count || b[0] - a[0]);
  return best ? { year: best[0], ...best[1] } : undefined;
}

/** A document's number that holds its year: "63/2029/NQ-HĐND", "21/2029/QĐ-UBND". Group: the year. */
const CODE_YEAR = /(?<![\w/])\d{1,5}\/((?:19|20)\d\d)\/[A-ZĐ][A-ZĐa-zđ\d-]*/g;

/** The latest year in the numbers of the documents a text names, with the number it is in. */
function codeYear(text: string): { year: number; code: string } | undefined {
  let best: { year: number; code: string } | undefined;
  for (const m of text.matchAll(CODE_YEAR)) {
    const year = Number(m[1]);
    if (!best || year > best.year) best = { year, code: m[0] };
  }
  return best;
}
