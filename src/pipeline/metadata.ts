import type { Sidecar } from '../schemas/sidecar.ts';
import type { DatePrecision } from '../schemas/document.ts';
import type { Cleaned } from './clean/index.ts';
import { findDayMonth, findFullDates, isoDate, isValidDate, monthNumber, type DayDate } from './dates.ts';
import { isoWeekday } from './time/calendar.ts';
import { yearOfDay, type YearReason } from './year-of-text.ts';
import { MONTH, VI_WEEKDAY, WEEKDAY, WEEKDAYS, weekdayNumber } from './time/words.ts';
import { detectLanguage } from './language.ts';
import { textBefore } from './reach.ts';
import { titleFromLead } from './title.ts';
import { countSplitPieces } from './whitespace.ts';

/** A dateline that opens with its weekday, in English or Vietnamese ("Monday, August 16", "Thứ Bảy, 4/11"). */
const WEEKDAY_FIRST = new RegExp(`^(${WEEKDAYS.join('|')}|${VI_WEEKDAY})(?![\\p{L}])`, 'iu');
/** How many leading paragraphs are searched for the day of the reported event. */
const LEAD_PARAGRAPHS = 3;
/** Text right before a date that makes it the day of the reported event: "On", "On the morning of". */
// (Its weekday may stand between: "On Monday, 15 October 2029".)
const ON_DAY = new RegExp(String.raw`\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:${WEEKDAY},?\s+)?(?:the\s+)?$`);
/** Text right before a date that states it is the day of speaking or writing: "Today is Monday,", "Hôm nay, thứ Hai,". */
const TODAY = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(?:[Tt]oday\s+is|[Tt]oday,|[Hh]ôm\s+nay(?:\s+là)?,?)\s+(?:(?:the\s+)?${WEEKDAY},?\s+)?`
  + String.raw`(?:the\s+)?$`, 'u');

/**
 * A wire story's dateline at the start of its lead: its place in capitals or capitalized words, its day, the agency's mark, a dash:
 * "HÀ NỘI, Nov. 6 (TLN) –", "HANOI, December 22, 2029 (VNA) -", "Da Nang, 3 March –". Groups: month, day; day, month; year.
 */
const WIRE_DATELINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*,\s+`
  + String.raw`(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})(?:,?\s+((?:19|20)\d\d))?\s*(?:\([^()]{1,30}\)\s*)?[–—-]\s(?!\s*\d)`, 'u');

/** What the pipeline knows about a text besides its body. */
export interface Metadata {
  title: string;
  titleSource: 'explicit' | 'sidecar' | 'inferred';
  alternateTitles: { text: string; lang: string }[];
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: 'header' | 'sidecar' | 'text' | 'none';
  dateNote: string;
  source: string | null;
  url: string | null;
  language: string;
  languages: string[];
}

/** A letter's salutation on a line of its own: "Dear members,", "Dear colleagues and friends,". */
export const SALUTATION = /^(?:Dear|Kính\s+gửi)\s[^.!?]{1,60},?$/iu;

/** Infers title, date, source and languages of a cleaned text; a sidecar overrides each field it sets. */
/**
 * A heading that opens the body, when the header found no title: "On the switch to electronic electricity bills" under a notice's
 * "NOTICE TO CUSTOMERS" and its number. A heading of a few words ("At a glance") or one that opens a list ("Key facts:") names a
 * section, not the text; nor does a row of labelled fields.
 */
function openingHeading(blocks: Cleaned['blocks']): string | undefined {
  const first = blocks[0];
  // (Nor a row of a page's labelled fields: "Issuing body: … | Signer: …".)
  if (first?.kind !== 'heading' || /[:|]/.test(first.text) || first.text.split(/\s+/).length < OPENING_HEADING_WORDS) return undefined;
  return first.text.trim();
}
/** How many words a heading that opens the body needs to title the text (see openingHeading). */
const OPENING_HEADING_WORDS = 4;

export function inferMetadata(cleaned: Cleaned, sidecar: Sidecar = {}): Metadata {
  const { header, footer, blocks } = cleaned;
  // (A letter's salutation, "Dear members,", opens no lead.)
  const lead = blocks.find((b) => b.kind === 'paragraph' && !SALUTATION.test(b.text)) ?? blocks[0];
  const detected = markLanguages(cleaned);
  const language = sidecar.language ?? detected;
  // A page printing the title in two languages ("Nghị quyết 27/2026/NQ-HĐND …" over "Resolution 27/2026/NQ-HDND …") is titled in the
  // language of its text; the other is its alternate.
  const own = header.title && detectLanguage(header.title.text) !== language ? header.alternateTitles.find((t) => t.lang === language) : undefined;
  const explicit = own ? own.line : header.title;
  const alternates = own && header.title
    ? [{ line: header.title, lang: detectLanguage(header.title.text) }, ...header.alternateTitles.filter((t) => t !== own)] : header.alternateTitles;
  const title = sidecar.title
    ? { title: sidecar.title, titleSource: 'sidecar' as const }
    : explicit
      ? { title: explicit.text, titleSource: 'explicit' as const }
      : { title: openingHeading(blocks) ?? (lead ? titleFromLead(lead.text) : 'Untitled text'), titleSource: 'inferred' as const };
  const languages = [language, ...new Set([
    ...(header.title ? [detectLanguage(header.title.text)] : []),
    ...alternates.map((t) => t.lang),
    ...blocks.map((b) => b.lang ?? language),
  ])].filter((l, i, all) => all.indexOf(l) === i);
  return {
    ...title,
    alternateTitles: alternates.map((t) => ({ text: t.line.text, lang: t.lang })),
    ...inferDate(cleaned, sidecar),
    source: sidecar.source ?? header.source ?? footer.outlet ?? header.site ?? null,
    url: sidecar.url ?? footer.url ?? null,
    language,
    languages,
  };
}

/** Marks blocks written in another language than the text's main one; returns the main language. */
function markLanguages(cleaned: Cleaned): string {
  const words = new Map<string, number>();
  for (const block of cleaned.blocks) {
    const lang = detectLanguage(block.text);
    if (lang !== 'en') block.lang = lang;
    words.set(lang, (words.get(lang) ?? 0) + countSplitPieces(block.text));
  }
  const main = [...words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
  for (const block of cleaned.blocks) if ((block.lang ?? 'en') === main) delete block.lang;
  else block.lang ??= 'en';
  return main;
}

type DateFields = Pick<Metadata, 'date' | 'datePrecision' | 'dateSource' | 'dateNote'>;

/**
 * Publication date: the sidecar's; else a dateline in the header (a day without a year, "November
 * 21", gets its year from the text, see `yearOfDay`), unless it is only the date of the document the
 * page shows and the page prints at its end the day it was published; else the day the page says at
 * its end it was published, last edited or reviewed; none when the header prints a template placeholder; else a wire story's
 * dateline ("HÀ NỘI, Nov. 6 (TLN) –"); else the day a bulletin says is today; else the day a lead
 * reports ("On the morning of December 30"), its year reasoned from the text the same way, its
 * sources list included (a meeting on 30 December after a resolution of 22 December 2024 was in
 * 2024). A day whose year the text gives no reason for takes the year of the page's copyright line.
 * Otherwise unknown. Never the build machine's clock.
 */
export function inferDate({ header, blocks, footer }: Cleaned, sidecar: Sidecar): DateFields {
  if (sidecar.date) {
    const iso = sidecar.date instanceof Date ? sidecar.date.toISOString().slice(0, 10) : sidecar.date;
    const precision = (['year', 'month', 'day'] as const)[iso.split('-').length - 1]!;
    return { date: iso, datePrecision: precision, dateSource: 'sidecar', dateNote: 'Date given in the metadata sidecar.' };
  }
  // A page that shows a document (its heading's or its issue date at the top) and prints at its end the day it was published is of
  // that day, not of the document's.
  if (header.date && header.ofDocument && footer.stamp) {
    return textDate(footer.stamp, `Day the page prints at its end, as published, last edited or reviewed ("${footer.stamp.text}"); the date at its top`
      + ` ("${header.date.text}") is the document's.`);
  }
  if (header.date) {
    const dayFirst = /^\d{1,2}[/.-]\d/.test(header.date.text) ? ', read day first' : '';
    return {
      date: isoDate(header.date), datePrecision: 'day', dateSource: 'header',
      dateNote: `Date printed in the page header ("${header.date.text}"${dayFirst}).`,
    };
  }
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const texts = [...paragraphs.map((p) => p.text), ...footer.references];
  if (header.yearless) {
    const { address, yearless } = header;
    // The page's address holds its date ("…/2027/08/16/…"): the day it names is the header's, and so is its year.
    if (address && address.month === yearless.month && (address.day ?? yearless.day) === yearless.day) {
      return {
        ...textDate({ ...yearless, year: address.year }, `Day printed in the page header ("${yearless.text}"); year ${address.year} from the page's address.`),
        dateSource: 'header',
      };
    }
    const weekday = WEEKDAY_FIRST.exec(yearless.text);
    const reason = pageYearOf(header.yearless, texts, footer.copyright, weekday ? weekdayNumber(weekday[1]!) : undefined);
    if (!reason) return none(`The page header gives a day ("${header.yearless.text}") but the text gives no year.`);
    return {
      ...textDate(
        { ...header.yearless, year: reason.year },
        `Day printed in the page header ("${header.yearless.text}"); year ${reason.year} reasoned as ${reason.why}.`,
      ),
      dateSource: 'header',
    };
  }
  // A page that prints no date at its top but the day it was last edited or published at its end (an encyclopedia's article, a paper's
  // page with its date under the byline) is dated by that day.
  if (footer.stamp) {
    const stamp = footer.stamp.text;
    return textDate(footer.stamp, `Day the page prints at its end, as published, last edited or reviewed ("${stamp}"); it prints no other date.`);
  }
  if (header.placeholder) return none(`The page header prints a template placeholder or a relative age ("${header.placeholder}") instead of its date.`);
  // Nor a day at its end, but its address printed at its top holds one ("https://site.vn/tin-tuc/2028/11/04/…"): the page's day.
  const { address } = header;
  const day = address?.day !== undefined ? { year: address.year, month: address.month, day: address.day } : undefined;
  if (day && isValidDate(day)) {
    return { ...textDate(day, `Day in the page's address printed at its top (${isoDate(day)}); it prints no other date.`), dateSource: 'header' };
  }
  // A wire story is of the day its dateline names; a dateline without its year takes the year the text implies.
  for (const block of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const wire = WIRE_DATELINE.exec(block.text);
    if (!wire) continue;
    const day = { month: monthNumber(wire[1] ?? wire[4]!), day: Number(wire[2] ?? wire[3]) };
    const text = wire[0].replace(/\s*[–—-]\s$/, '');
    if (wire[5]) {
      const date = { ...day, year: Number(wire[5]) };
      if (isValidDate(date)) return textDate(date, `Day of the wire story's dateline ("${text}").`);
      continue;
    }
    const reason = pageYearOf(day, texts, footer.copyright);
    if (!reason) return none(`The wire story's dateline gives a day ("${text}") but the text gives no year.`);
    return textDate({ ...day, year: reason.year }, `Day of the wire story's dateline ("${text}"); year ${reason.year} reasoned as ${reason.why}.`);
  }
  // A bulletin or a speech that says which day it is ("Today is Monday, 22 October 2029.") is of that day.
  for (const block of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const today = findFullDates(block.text).find((d) => TODAY.test(textBefore(block.text, d.index)));
    if (today) return textDate(today, `Day the text says is today ("${today.text}").`);
  }
  for (const block of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    // "On" is read within REACH before each date: from the paragraph's start, a paragraph of dates was read once per date.
    const full = findFullDates(block.text).find((d) => ON_DAY.test(textBefore(block.text, d.index)));
    const dayMonth = findDayMonth(block.text);
    if (!dayMonth) {
      if (full) return textDate(full, `Date of the event the lead reports ("${full.text}").`);
      continue;
    }
    const reason = yearOf(dayMonth, texts, footer.copyright);
    if (!reason) return none(`The lead gives a day ("${dayMonth.text}") but the text gives no year.`);
    return textDate({ year: reason.year, month: dayMonth.month, day: dayMonth.day },
      `Day of the event the lead reports ("${dayMonth.text}"); year ${reason.year} reasoned as ${reason.why}.`);
  }
  // A brief or a bulletin dated by its month alone ("POLICY BRIEF No. 11 | Tháng 9/2026 (September 2026)").
  if (header.month) {
    return {
      date: `${header.month.year}-${String(header.month.month).padStart(2, '0')}`, datePrecision: 'month', dateSource: 'header',
      dateNote: `Month printed in the page header ("${header.month.text}"); it gives no day.`,
    };
  }
  return none('No publication date found in the text.');
}

/** The year of a day printed without one: as the text implies it (`yearOfDay`), else the year of the page's copyright line. */
function yearOf(day: { month: number; day: number }, texts: string[], copyright: number | undefined, weekday?: number): YearReason | null {
  const reason = yearOfDay(day, texts, weekday);
  if (reason || !copyright || !isValidDate({ ...day, year: copyright })) return reason;
  return { year: copyright, why: `the year of the page's copyright line (© ${copyright})` };
}

/**
 * The year of the page's own day printed without one (its header's, its wire dateline's). A page prints its day so in the year it was
 * made, which its copyright line names: when the text reasons the year before it (a review of "the goals it had set for 2028", told in
 * 2029), the copyright's year is the page's. A copyright years later or earlier is left to the text: a template's, not the day's.
 */
function pageYearOf(day: { month: number; day: number }, texts: string[], copyright: number | undefined, weekday?: number): YearReason | null {
  const reason = yearOf(day, texts, copyright, weekday);
  if (!reason || !copyright || copyright !== reason.year + 1) return reason;
  const date = { ...day, year: copyright };
  if (!isValidDate(date) || (weekday !== undefined && isoWeekday(date) !== weekday)) return reason;
  return { year: copyright, why: `the year of the page's copyright line (© ${copyright}), a year after ${reason.year}, ${reason.why}` };
}

function none(note: string): DateFields {
  return { date: null, datePrecision: null, dateSource: 'none', dateNote: note };
}

function textDate(date: DayDate, note: string): DateFields {
  return { date: isoDate(date), datePrecision: 'day', dateSource: 'text', dateNote: note };
}
