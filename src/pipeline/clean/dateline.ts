import type { Line } from '../types.ts';
import { findFullDates, monthNumber, type FoundDate } from '../dates.ts';
import { MONTH, VI_WEEKDAY } from '../time/words.ts';
import { ISSUE_LABEL } from '../extract/lexicon/document-codes.ts';

const DATELINE_MAX_CHARS = 140;
/** How long a dateline may be whose fields are set apart by bars or middle dots (see FIELD_SEPARATOR). */
const FIELD_ROW_MAX_CHARS = 220;
/** A bar or a middle dot between a row's fields. */
const FIELD_SEPARATOR = /\s[|·•]\s/;
/** How many words may stand before a date: a label, or a breadcrumb trail, which may run longer. */
const LABEL_MAX_WORDS = 8;
const TRAIL_MAX_WORDS = 16;
/** A weekday's name, in English or in Vietnamese: "Tuesday", "Thứ Hai". As a pattern's source. */
const WEEKDAY_WORD = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${VI_WEEKDAY})`;
/**
 * A headline before a dash or a bar and the page's date, maybe with its label: "(Hưng Yên Job Fair 2030: 4,200 vacancies from 86
 * employers) – ", "(Notice: measles catch-up vaccination …) – Posted ". Group: the headline.
 */
// (Its weekday or a clock time may stand between: "City opens new library for 2,000 readers – 10:45 | 07/07/2031", "… – Thứ Hai, 12/05/2031".)
const HEADLINE_BEFORE = new RegExp(String.raw`^(\p{Lu}[^|–—]{10,200}?)\s+[–—|](?:\s+(?:posted|published|updated)(?:\s+on)?\s*:?)?`
  + String.raw`(?:\s+${WEEKDAY_WORD},?)?(?:\s+\d{1,2}[:h]\d{2}\s*[|·]?)?\s*$`, 'iu');
/** A headline before a date in brackets: "(Notice: online booking from 1/6) [". Group: the headline. */
const BRACKETED_END = /^(\p{Lu}[^[\]()]{10,200}?)\s*[[(]$/u;
/** The bracket closing a date at the end of its line. */
const CLOSING_BRACKET = /^[\])]$/;
/** How many words a headline glued to the page's date has at least (fewer make a label: "Tin tức – 12/05/2031"). */
const HEADLINE_MIN_WORDS = 5;
/** A breadcrumb trail's separators ("Tin tức > Hoạt động …", "News » Science"). */
const TRAIL = /\s[>»›]\s/;


/** A date printed at the top of a page, with the line and column it came from. */
export type Dateline = FoundDate & { line: number; column: number };

/** What one short line at the top of a page says about dates. */
export type DatelineReading =
  | { kind: 'date'; date: Dateline; label?: string; headline?: string }
  | { kind: 'yearless'; month: number; day: number; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'document'; text: string; issued?: Dateline }
  | { kind: 'printed'; text: string }
  | { kind: 'heading'; date: Dateline }
  | { kind: 'month'; year: number; month: number; text: string };

/** A document's number and place before its date: "No.: 4127/BKHCN-KHTCHà Nội,", "Số: 12/KH-UBND | Lào Cai, ngày". */
const NUMBER_HEADING = /^(?:No|Số)\.?\s*:?\s*\d{1,5}[/-][\p{L}\d/-]+?(?:\s*\|)?\s*\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3},?\s*(?:ngày\s+)?$/u;

/** A later stamp printed after the page's date: "| Updated: 02/04/2026 16:30". */
// (Or last edited, in Vietnamese: "Sửa lần cuối", "Chỉnh sửa".)
const REVISED = String.raw`(?:(?:last\s+)?updated|modified|(?:last\s+)?edited|cập\s+nhật|sửa\s+lần\s+cuối|chỉnh\s+sửa)`;
/** A later stamp's label opening a field: "Cập nhật: …", "Updated …". */
const REVISED_OPENING = new RegExp(String.raw`^\s*${REVISED}`, 'i');
/** A later stamp's label alone before a date: "Updated", "Last edited:". */
const REVISED_LABEL = new RegExp(String.raw`^${REVISED}\s*:?$`, 'i');
/** The page's first date after a later stamp: "…, first published 12/03/2026", "| Published: 12/03/2026". */
// (Or in Vietnamese: "Cập nhật: 08/11/2030 - 10:02 | Đăng: 07/11/2030 - 18:30".)
const FIRST_PUBLISHED = /(?<=[,|·]\s*|\s)(?:(?:first\s+)?(?:published|posted)\b|(?:ngày\s+)?(?:đăng|xuất\s+bản)(?:\s+lúc)?(?=\s*:))/iu;
/** A page's counter of views, reads or comments, or its reading time: "Views: 412", "2,107 views", "6 min read". */
const COUNTER = String.raw`(?:(?:views?|comments?|reads?|lượt xem)\s*:?\s*[\d.,]+|[\d.,]+\s+(?:views?|comments?|reads?|lượt xem)`
  // A reading time: "6 min read", "7 minutes read", "reading time: 4 min".
  + String.raw`|\d{1,3}\s*(?:min|mins|minutes?)\s+read|reading\s+time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?)`
  // A newsletter's issue: "Issue 23", "No. 112".
  + String.raw`|(?:issue|no\.|vol\.|số)\s*\d{1,4}`
  // A recording's length: "41 min", "1 h 12 min".
  + String.raw`|(?:\d{1,2}\s*(?:h|hr|hours?)\s*)?\d{1,3}\s*(?:min|mins|minutes)\b)`;
/** A page's author after its date, as a blog's template prints them: "by admin", "bởi Lan Anh". */
const AUTHOR = String.raw`\s*\b(?:by|bởi)\s+[\p{L}\p{M}][\p{L}\p{M}.'’ -]{1,40}`;
/** A clock time, a time zone, and labels after bars: "08:20 GMT+7 | Khoa học", "| Views: 412". */
// A time zone alone may follow the date: "04/09/2026 (GMT+7)". A clock time may be told "at" it, in English or Vietnamese ("lúc 09:30").
// (A zone may come before the time: "(GMT+07:00) 08:15"; the time of day in Vietnamese: "08:15 SA" (sáng), "CH" (chiều).)
const AFTER_DATE = new RegExp(String.raw`^(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?(?:\s*\d{1,2}[:h]\d{2})?`
  // A broadcast's slot is a range of clock times: "| 06:00 - 06:30".
  + String.raw`|[|,–—•·-]?\s*(?:at\s+|lúc\s+|T)?\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[-–]\s*\d{1,2}[:h]\d{2})?\s*(?:[AP]\.?M\.?|SA|CH)?\s*(?:Z`
  + String.raw`|[+-]\d{2}:?\d{2}|\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?`
  + String.raw`|(?:ICT|GMT|UTC|ET|EST|EDT|CET|CEST|BST|JST|KST|SGT))?)?`
  // The zone's name in brackets, as a script prints a date: "07:55:12 GMT+0700 (Indochina Time)".
  + String.raw`(?:\s*\([\p{L} ]{2,30}\s+(?:Time|Standard\s+Time)\))?`
  // Its weekday in brackets: "19 September 2030 (Thursday)".
  + String.raw`(?:\s*\(${WEEKDAY_WORD}\))?`
  // The copy's age, in brackets: "(1 ngày trước)", "(2 days ago)", the day the reader saw it relative to the page's date.
  + String.raw`(?:\s*\(\d{1,2}\s+(?:phút|giờ|ngày|tuần|tháng|minutes?|hours?|days?|weeks?|months?)\s+(?:trước|ago)\))?`
  // The day in the lunar calendar, in brackets: "(Âm lịch: 18/9 Mậu Thân)".
  + String.raw`(?:\s*\((?:âm\s+lịch|al|lunar(?:\s+calendar)?)\b[^()]{0,40}\))?`
  // A page counter glued to the time ("10:05Views: 1247"), then labels after bars or dots ("| Khoa học", "· Last updated 17:48").
  // A relative stamp glued on: "GMT+7Updated 2 hours ago".
  + String.raw`(?:\s*${COUNTER})?(?:\s*${REVISED}\s+\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago)?`
  // (Its author may stand before them: "Posted on October 9th, 2028 by Newsroom · Updated October 10th, 2028".)
  + String.raw`(?:${AUTHOR}(?=\s*[|·]))?`
  // (A later stamp may write its date in words: "· Updated November 16, 2031 at 8:02 am", "· Updated October 10th, 2028".)
  + String.raw`(?:\s*[|·]\s*(?:[^|·\d]{1,60}|${COUNTER}|${REVISED}\s*:?\s*(?:[\d/.:\s-]+(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?`
  + String.raw`|(?:on\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}[^|·]{0,20}|(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}[^|·]{0,20})))*`
  // The page's controls after it: "08:30   Font size: A- A A+   Print".
  + String.raw`(?:\s+(?:Font\s+size\s*:?(?:\s+A[-+]?(?=\s|$))*|Print|Share|E-?mail|Save|Listen))*`
  // Its author after it, as a blog's template prints them: "Posted on 4 November 2028 by admin", "… bởi Lan Anh".
  + String.raw`(?:${AUTHOR})?$`, 'iu');
/** The edition before named by its date right after the date: " · Previous edition: 02.11.2029". */
const PREVIOUS_AFTER = /^[\s|·–—-]*previous\s+(?:edition|version)\s*:/i;
/** A weekday with its date in brackets: "Wednesday (24/1/2030)", "Thứ Tư (24/1)". */
const WEEKDAY_BRACKETS = new RegExp(String.raw`^\s*${WEEKDAY_WORD},?\s*\(\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d\d)?\)`, 'u');
/** A dot that glues a label to a dotted date: "News(.)12.08.2030". */
const GLUED_DOT = /(?<=\p{L})\.(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b)/u;
/** A version's label right before its date: "Version 2 of", "Rev. 3 dated", "Edition 4,". */
const VERSION_BEFORE = /\b(?:version|ver\.|rev\.|revision|edition)\s+\d{1,3}(?:\.\d{1,3})*\s*(?:of|dated|,|:)?$/i;
/** The version a dated one replaces, after its date: "– replaces Version 1 of 02/03/2031", "(supersedes Rev. 2)". */
// (Or names the edition before it by its date: "Issued: 14.05.2030 · Previous edition: 02.11.2029".)
const REPLACES_AFTER = new RegExp(String.raw`^[\s(–—,;|·-]*(?:(?:replac(?:es|ing)|supersed(?:es|ing))\s+(?:version|ver\.|rev\.|revision|edition)\s+\d`
  + String.raw`|previous\s+(?:edition|version)\s*:)`, 'i');
/** Labels of the page's own date ("Posted:", "Updated:", "date 2025-04-01"). */
// (What was posted may be named first: "Summary posted:", "Article published:". A report's page names the day it was made public: "Disclosed:".
// A legal database names the day it added the document: "Added to the library:".)
const PAGE_LABEL = new RegExp(String.raw`^(?:date(?:\s+(?:posted|published))?|(?:(?:summary|article|story|page|post|first)\s+)?(?:posted|published)`
  + String.raw`(?:\s+online)?(?:\s+on)?|published_time|date_?published|exported(?:\s+on)?|(?:publicly\s+)?disclosed(?:\s+on)?`
  + String.raw`|(?:last\s+)?(?:updated|modified)|(?:date\s+)?added(?:\s+to\s+(?:the\s+)?(?:library|database|collection|site))?(?:\s+on)?`
  + String.raw`|ngày\s+đăng|đăng\s+(?:ngày|lúc)|(?:ngày\s+)?cập\s+nhật)\s*:?\s*$`, 'i');
/** Labels of a document's dates on a legal-database page: they date the document, not the page. */
const DOCUMENT_LABEL = new RegExp(String.raw`^(?:${ISSUE_LABEL}|issued\s+on|effective\s+date`
  + String.raw`|date\s+of\s+effect|effective\s+from|signed(?:\s+on|\s+date)?|expiry\s+date|ngày\s+ban\s+hành|ngày\s+hiệu\s+lực)\s*:?$`, 'i');
/** Labels of the day a reader printed or saved the page ("Printed: 21/08/2030 09:12", "Ngày in:"): the reader's date, not the page's. */
// (Or the day a site's header shows to whoever reads it: "Hôm nay: Thứ Hai, 16/09/2030", "Today: Friday, 26/01/2030".)
const PRINTED_LABEL = /^(?:printed(?:\s+on)?|date\s+printed|print\s+date|ngày\s+in|in\s+lúc|accessed(?:\s+on)?|retrieved(?:\s+on)?|hôm\s+nay|today)\s*:?$/i;
/** The label of the day a document was issued: "Date of issue", "Ngày ban hành". */
const ISSUED = new RegExp(String.raw`^${ISSUE_LABEL}\s*:?$`, 'i');
/** A template that was never filled: "{{publish_date}}", "dd/mm/yyyy", "--/--/----". */
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*[\w.-]*\s*\}\}|\{[\w.]*date[\w.]*\}|\b0{1,2}[/.-]0{1,2}[/.-]0{2,4}\b`
  + String.raw`|\b[dD]{2}[/.-][mM]{2}[/.-](?:[yY]{2}){1,2}\b|\b[yY]{4}-[mM]{2}-[dD]{2}\b|-{1,2}\/-{1,2}\/-{2,4}|\$\{\w+\}|%date%`);
/**
 * A field of a dateline's row with a placeholder for its value: "Lượt xem: {{views}}", "Người đăng: {{author_name}}". Group 1: its
 * label; group 2: the placeholder's name.
 */
const UNFILLED_FIELD = /(?<=^|[|·•])([^|·•:{}]*?):?\s*\{\{\s*([\w.-]*)\s*\}\}\s*(?=$|[|·•])/gu;
/** Words of a field's label or its placeholder's name that make it the date's own field: "Ngày đăng:", "{{publish_time}}". */
const DATE_FIELD = /date|time|day|month|year|ngay|publish|update|(?<!\p{L})(?:ngày|thời\s+gian|giờ|posted(?!\s+by)|cập\s+nhật|đăng\s+(?:lúc|ngày))(?!\p{L})/iu;
/** The row with each field the template left unfilled blanked in its place, so every column stays, unless the field is the date's. */
const blankUnfilled = (text: string) => text.replace(UNFILLED_FIELD, (field, label: string, name: string) =>
  DATE_FIELD.test(label) || DATE_FIELD.test(name) ? field : ' '.repeat(field.length));
/** A post's age alone before its marks: "3d • Edited", "2h ·", "5 days ago". */
const RELATIVE_AGE = /^(?:\d{1,2}\s?(?:m|h|d|w|mo|yr|min|hr|hrs)|\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)(?=\s*(?:[•·|]|$))/i;
/** A day and month alone on a line, maybe after its weekday and before its clock time: "November 21", "Thứ Bảy, 4/11 | 16:20". */
const YEARLESS = new RegExp(
  String.raw`^(?:${WEEKDAY_WORD},?\s+)?(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH}`
    + String.raw`|(\d{1,2})/(\d{1,2}))(?:\s*[,|–-]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?=\s|$)`,
  'iu',
);
/**
 * A lowercase letter, or a label in capitals, glued to a capitalized month or to a day before one: "Hoang MinhMarch 2,
 * 2025", "Bảo Ngọc26 October 2025", "GOVERNMENT DIRECTIONSMarch 19, 2026".
 */
const GLUED_MONTH = new RegExp(String.raw`(?<=\p{Ll}|\p{Lu}{2})(?=${MONTH}|\d{1,2}\s+${MONTH})`, 'u');
const WEEKDAY_LEAD = new RegExp(String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?`
  // (A dot may end it: "Thứ Hai. 16.06.2031".)
  + String.raw`|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?![\p{L}])[,.\s]*`, 'iu');

/** A weekday after a label, before the date: "Last modified: Wed". */
// (Or in Vietnamese: "Hôm nay: Thứ Hai".)
export const WEEKDAY_TRAIL = new RegExp(String.raw`(?<=:)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?`
  + String.raw`|${VI_WEEKDAY})$`, 'iu');

/** Where a clock time is glued to a year before it: "20265:31 AM" is 2026 and 5:31 AM. */
const GLUED_TIME = /(?<=[\s,](?:19|20)\d\d)(?=\d{1,2}:\d{2}(?!\d))/;

/** A clock time standing alone before a date: "06:00 AM, 04/09/2026". */
/**
 * A line that opens with the label of the page's own date and a colon, then a date whose year has two digits: "Posted: 02/12/30 16:40".
 * (Nowhere else is such a date read: "1/2/30" in a sentence may be anything.)
 */
const SHORT_YEAR_LABELLED = /^\s*(?:(?:date\s+)?(?:posted|published)|(?:last\s+)?updated|date)\s*:\s*\d{1,2}\/\d{1,2}\/\d{2}(?![\d/])/i;
const CLOCK = /^\d{1,2}[:h]\d{2}(?:\s*[AP]\.?M\.?)?$/i;

/**
 * Whether a dateline's label only names its weekday, its clock time or its byline ("Thứ Năm, 15/10/2026", "By X | 12 Mar 2026"): the
 * page's own date, wherever the header puts it.
 */
export const pageLabel = (label: string | undefined): boolean => label === undefined || label === '' || /^[Bb]y\s+\p{Lu}/u.test(label)
  || label.replace(WEEKDAY_LEAD, '').replace(CLOCK, '') === '';

/**
 * Reads a short line whose substance is a date: "13/01/2025", "Việt NamViệt Nam13/01/2025 08:30",
 * "Hoang MinhMarch 2, 2025 09:14" (a byline glued to it), "Saturday, 14/06/2025", "Posted: 05/03/2025",
 * "12/07/2025 10:15 GMT+7 | Khoa học"; or a day without a year ("November 21"); or a template
 * placeholder; or a document's date on a legal-database page ("Issued date: 03/03/2025").
 */
export function readDateline(written: Line): DatelineReading | undefined {
  // (A row of fields set apart by bars or middle dots may be longer: "Issued: 05.09.2030 · Fact sheet series, sheet 7 · Prepared by …".)
  if (written.text.length > (FIELD_SEPARATOR.test(written.text) ? FIELD_ROW_MAX_CHARS : DATELINE_MAX_CHARS)) return undefined;
  // "Wednesday (24/1/2030) 10:20", "News.12.08.2030": the brackets around a weekday's date and the dot that glues a label to a dotted
  // date are read as blanks (one for one: every column stays).
  const line = { ...written, text: written.text.replace(WEEKDAY_BRACKETS, (m) => m.replace(/[()]/g, ' ')).replace(GLUED_DOT, ' ') };
  // "3d • Edited • 🌐": a social post's age, relative to a day the page does not print; no more a date than a placeholder is.
  if (RELATIVE_AGE.test(line.text.trim())) return { kind: 'placeholder', text: line.text.trim() };
  if (PLACEHOLDER.test(line.text)) {
    // "23/05/2029 | 15:20 | Lượt xem: {{views}}": a field the template left unfilled that counts views or names the poster says
    // nothing of the date beside it, which is read as if the field were blank (in its place, so every column stays).
    const blanked = blankUnfilled(line.text);
    if (blanked !== line.text && !PLACEHOLDER.test(blanked) && /\d/.test(blanked)) return readDateline({ ...line, text: blanked });
    // "Ngày đăng: {{post_date}} | Cập nhật: 27/10/2028 10:02": a field of the row labels the page's date that was filled.
    const at = pageDateField(line.text);
    const field = at === undefined ? undefined : line.text.slice(at).replace(/\s*\|.*$/, '');
    const read = field !== undefined && !PLACEHOLDER.test(field) ? readDateline({ ...line, text: field, start: line.start + at! }) : undefined;
    if (read?.kind === 'date') return { ...read, date: { ...read.date, column: read.date.column + at! } };
    return { kind: 'placeholder', text: line.text };
  }
  // "Phát sóng: 19:00 12/03/2030 | Đăng lúc: 21:30 12/03/2030", "Broadcast: … | Posted: …": of a row of dated fields, the one that
  // labels the page's own date, when another comes first.
  // (Only past a first date with a label of its own, and not for a later stamp: "Thứ Sáu, 22/01/2027 06:15 | Cập nhật: 23/01/2027".)
  const field = /\d.*[|·].*\d/.test(line.text) ? pageDateField(line.text) : undefined;
  const first = field !== undefined && field > 0 ? findFullDates(line.text.slice(0, field))[0] : undefined;
  const own = field === undefined ? '' : line.text.slice(field).replace(/\s*[|·].*$/, '');
  if (first && OWN_LABEL_BEFORE.test(line.text.slice(0, first.index)) && !REVISED_OPENING.test(own)) {
    const read = readDateline({ ...line, text: own, start: line.start + field! });
    if (read?.kind === 'date') return { ...read, date: { ...read.date, column: read.date.column + field! } };
  }
  // (A time zone, the site's controls or fields may follow it, as they follow a full date: "Thứ Sáu, 25/5 (GMT+7) | Hotline: …".)
  const yearless = YEARLESS.exec(line.text.trim());
  if (yearless && AFTER_DATE.test(withoutControls(line.text.trim().slice(yearless[0].length)))) {
    const day = Number(yearless[2] ?? yearless[3] ?? yearless[5]);
    const month = yearless[6] ? Number(yearless[6]) : monthNumber(yearless[1] ?? yearless[4]!);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return { kind: 'yearless', month, day, text: written.text.trim() };
  }
  const glue = GLUED_MONTH.exec(line.text)?.index ?? -1;
  const unglued = glue >= 0 ? `${line.text.slice(0, glue)} ${line.text.slice(glue)}` : line.text;
  // "October 6, 20265:31 AM": a clock time glued to the year is set apart from it (after the date, so no index moves).
  const text = unglued.replace(GLUED_TIME, ' ');
  const [found] = findFullDates(text, { shortYears: SHORT_YEAR_LABELLED.test(text) });
  if (!found) return monthCell(line.text);
  const shift = glue >= 0 && found.index > glue ? 1 : 0;
  const date = { ...found, index: found.index - shift };
  const bracketed = BRACKETED_END.exec(line.text.slice(0, date.index));
  const before = line.text.slice(0, date.index).trim();
  const after = line.text.slice(date.index + date.text.length).trim();
  // "THÔNG BÁO: Đặt lịch đăng kiểm trực tuyến bắt buộc từ 1/6 [20/05/2031]": a headline with the page's date in brackets at its end.
  if (bracketed && CLOSING_BRACKET.test(after) && bracketed[1]!.split(/\s+/).length >= HEADLINE_MIN_WORDS && !/[.!?]$/.test(bracketed[1]!)) {
    return { kind: 'date', date: { ...date, line: line.line, column: date.index + 1, index: line.start + date.index }, headline: bracketed[1]! };
  }
  // "Updated 13/03/2026 09:00, first published 12/03/2026 08:15": the page's date is the one it was first published on.
  const published = REVISED_LABEL.test(before) ? FIRST_PUBLISHED.exec(after) : null;
  if (published) {
    const at = line.text.length - after.length + published.index;
    const first = readDateline({ ...line, text: line.text.slice(at), start: line.start + at });
    if (first?.kind === 'date') return { ...first, date: { ...first.date, column: first.date.column + at } };
  }
  // (A guide's or a form's version, dated, may name the one it replaces after it: "Version 2 of 14/04/2031 – replaces Version 1 of
  // 02/03/2031". The current version's date is the page's.)
  if (!AFTER_DATE.test(withoutControls(after)) && !((VERSION_BEFORE.test(before) || PREVIOUS_AFTER.test(after)) && REPLACES_AFTER.test(after))) {
    return undefined;
  }
  // A document's own heading, its number then its place and date: "No.: 4127/BKHCN-KHTCHà Nội, 14 August 2026" (a code may be glued to
  // the place). It dates the text when the page prints no date of its own.
  if (NUMBER_HEADING.test(before)) return { kind: 'heading', date: { ...date, line: line.line, column: date.index + 1, index: line.start + date.index } };
  const words = before.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // "Hưng Yên Job Fair 2030: 4,200 vacancies from 86 employers – 12/03/2030 08:30", "Notice: … – Posted 04/05/2031": the headline glued
  // to the page's date by a dash or a bar is the page's title, the date its own.
  const headline = HEADLINE_BEFORE.exec(before);
  if (headline && !/[.!?]$/.test(headline[1]!) && headline[1]!.split(/\s+/).length >= HEADLINE_MIN_WORDS) {
    return { kind: 'date', date: { ...date, line: line.line, column: date.index + 1, index: line.start + date.index }, headline: headline[1]! };
  }
  // (A weekday's dot is no sentence's end: "Thứ Hai. 16.06.2031"; nor is a number's: "Số 43 (1.962)Thứ Năm, 24/10/2030".)
  const sentenceEnd = /[.!?]/.test(before.replace(WEEKDAY_LEAD, '').replace(/(?<=\d)\.(?=\d)/g, ''));
  if (sentenceEnd || words > (TRAIL.test(before) ? TRAIL_MAX_WORDS : LABEL_MAX_WORDS)) return undefined;
  // A clock time before the date is no label: "06:00 AM, 04/09/2026 (GMT+7)".
  // (A script's date string opens with its weekday after the label: "Last modified: Wed Jan 02 2030 07:55:12 GMT+0700".)
  const label = before.replace(/[\s,|–—•·()-]+$/, '').replace(/^\(/, '').replace(WEEKDAY_LEAD, '').replace(CLOCK, '').replace(CLOCK_END, '')
    .replace(WEEKDAY_TRAIL, '');
  const labels = labelsOf(label);
  const column = line.start + date.index;
  // (The day a document was issued is kept: it dates a page that prints no date of its own, as the document's heading would.)
  if (labels.some((l) => DOCUMENT_LABEL.test(l))) {
    const issued = labels.some((l) => ISSUED.test(l)) ? { ...date, line: line.line, column: date.index + 1, index: column } : undefined;
    return { kind: 'document', text: line.text, ...(issued ? { issued } : {}) };
  }
  if (labels.some((l) => PRINTED_LABEL.test(l))) return { kind: 'printed', text: line.text };
  const kept = labels.some((l) => PAGE_LABEL.test(l)) || TRAIL.test(label) ? '' : undouble(label);
  return { kind: 'date', date: { ...date, line: line.line, column: date.index + 1, index: column }, ...(kept ? { label: kept } : {}) };
}

/** A month and its year alone, as a cell of a header line: "Tháng 9/2026", "September 2026", "Tháng 9/2026 (September 2026)". */
const MONTH_CELL = new RegExp(String.raw`^(?:tháng\s+(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|${MONTH}\s+((?:19|20)\d{2}))(?:\s*\([^()]{3,30}\))?$`, 'iu');

/** A header line's cell (between bars) that is a month and year alone: a brief's or a bulletin's issue ("POLICY BRIEF No. 11 | Tháng 9/2026"). */
function monthCell(text: string): DatelineReading | undefined {
  // (Or between middle dots: "MEMBER NEWSLETTER · Issue 41 · March 2028".)
  for (const cell of text.split(/\||\s[·•]\s/)) {
    const m = MONTH_CELL.exec(cell.trim());
    if (!m) continue;
    const month = m[1] ? Number(m[1]) : monthNumber(m[3]!);
    if (month >= 1 && month <= 12) return { kind: 'month', year: Number(m[2] ?? m[4]), month, text: cell.trim() };
  }
  return undefined;
}

/**
 * The site's controls printed after a date on the same line: bracketed links ("[A-] [A+] [In bài] [Chia
 * sẻ]") or a contact ("Hotline: 0236 3822 …", "Email: …").
 */
const CONTROLS = /\s+(?:(?:\[[^\]]{1,20}\]\s*)+|(?:hotline|tel|phone|fax|e-?mail)\s*:?(?:\s*\S+){1,4})$/i;

/** A byline glued to the clock time after a date: "10:40Lê Hằng - Quốc Toản". */
const GLUED_BYLINE = /(?<=\d[:h]\d{2})\p{Lu}[\p{L}\p{M}]*(?:\s+(?:[-–&,]\s+)?\p{Lu}[\p{L}\p{M}]*){0,6}$/u;
/** How many words a field after a date may have. */
const FIELD_WORDS = 5;
/** A field after a date that opens with its label of a few words and a colon: "Organising board: …", "Issued by: …". */
// (Or who made the page, its label a participle and "by": "Prepared by the Department of Pharmaceutical Affairs, Ministry of Health".)
const LABELLED_FIELD = /^(?:\p{L}[\p{L}\p{M}-]*(?:\s[\p{L}\p{M}-]+){0,3}:|(?:Prepared|Compiled|Issued|Published|Produced|Edited|Written)\s+by)\s+\S/u;
/** How long a labelled field after a date may be. */
const LABELLED_FIELD_CHARS = 100;
/** The fields a line sets apart after a date with bars or dashes: " | PS/2027/031 | Project ID: VN-P0419", " – Transcript (English service)". */
// (Or with middle dots: "15/8/2028 · Phiên bản điện tử 2.1 · Tân Trào Education Publishing House".)
const FIELD_AFTER = /\s*(?:^|\s)[|–—·](?:\s|$)\s*([^|–—·]*)$/;

/**
 * What follows a date without the site's controls after it, a byline glued to its clock time, or the fields set apart after it that
 * hold no date of their own (a reference number, a label): a field with a date ("| Updated: 13/03/2026") is read as before.
 */
function withoutControls(after: string): string {
  let rest = ` ${after}`.replace(CONTROLS, '').replace(/[\s|,–—•·-]+$/, '').trim();
  // (A field of a few words: a sentence after a bar, "| The province trained 300 officials in 2025 and 2026", is no field.)
  // (Or a labelled field, which may be longer: "| Organising board: Cần Thơ Department of Science and Technology".)
  const isField = (f: string) => findFullDates(f).length === 0 && ((f.length <= 60 && f.split(/\s+/).length <= FIELD_WORDS)
    || (LABELLED_FIELD.test(f) && f.length <= LABELLED_FIELD_CHARS));
  for (let field = FIELD_AFTER.exec(rest); field && isField(field[1]!); field = FIELD_AFTER.exec(rest)) {
    rest = rest.slice(0, field.index).trim();
  }
  return rest.replace(GLUED_BYLINE, '').trim();
}

/**
 * Where a line labels the page's own date ("Posted: 05/03/2025"), which a legal-database page prints below the document's fields: the
 * offset where that date's field starts. A journal's row of dates gives the one it was published on ("Received: 12 January 2028 | Accepted: 20
 * March 2028 | Published online: 3 April 2028").
 */
export function pageDateField(text: string): number | undefined {
  let from = 0;
  for (const date of findFullDates(text)) {
    // (Past the date's weekday after its label: "Added to the library: Wednesday, 19/03/2031".)
    // (And past a clock time before the date: "Đăng lúc: 21:30 12/03/2030", "Posted: 08:10, 12/03/2030".)
    const before = text.slice(from, date.index).trim().replace(/,$/, '').replace(CLOCK_END, '').replace(WEEKDAY_TRAIL, '');
    // (From the bar that opens the date's own field: "Ngày đăng: {{post_date}} | Cập nhật: 27/10/2028" is read from "Cập nhật".)
    if (labelsOf(before).some((l) => PAGE_LABEL.test(l))) return Math.max(from, lastBar(text, date.index) + 1);
    // (The next date's label starts after this date's field, at the next bar or middle dot.)
    const bar = nextBar(text, date.index + date.text.length);
    if (bar === -1) return undefined;
    from = bar + 1;
  }
  return undefined;
}

/** A label of a date's own, its clock time maybe after it, right before the date: "Phát sóng: 19:00 ", "Broadcast: 19:00, ". */
const OWN_LABEL_BEFORE = /^\s*\p{L}[\p{L}\p{M}\s]{1,30}:\s*(?:\d{1,2}[:h]\d{2}(?:\s*[AP]\.?M\.?)?,?\s*)?$/iu;
/** A clock time at the end of a date's label: " 21:30", " 08:10 AM,". */
const CLOCK_END = /\s+\d{1,2}[:h]\d{2}(?:\s*[AP]\.?M\.?)?,?$/i;
/** A bar, or a middle dot with spaces around it, that sets a row's fields apart: "Recorded live: … · Summary posted: 14/06/2029". */
const BAR = /\||\s·\s/g;
const FIRST_BAR = new RegExp(BAR.source);
/** Where the last bar before `at` is (-1 if none). */
function lastBar(text: string, at: number): number {
  let last = -1;
  for (const m of text.slice(0, at).matchAll(BAR)) last = m.index + m[0].length - 1;
  return last;
}
/** Where the first bar from `from` is (-1 if none). */
function nextBar(text: string, from: number): number {
  const m = FIRST_BAR.exec(text.slice(from));
  return m ? from + m.index + m[0].length - 1 : -1;
}

/** A label in each of its languages: "Ngày ban hành / Date issued:", "Ngày đăng/Posted:". */
// (Or each field of a row a legal-database page sets apart with bars or middle dots: "Tình trạng: | Còn hiệu lực | Cập nhật:",
// "Date of report: March 2030 · Disclosed:".)
const labelsOf = (label: string): string[] => label.split(/\s*[/|]\s*|\s·\s/).filter((l) => l.trim() !== '');

/** "Việt NamViệt Nam" → "Việt Nam": scraped labels often repeat themselves. */
export function undouble(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half)) return text.slice(0, half).trim();
  return text.trim();
}
