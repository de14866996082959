import type { Line } from '../types.ts';
import { findFullDates, type FoundDate } from '../dates.ts';
import { WEEKDAY_TRAIL } from './dateline.ts';
import {
  BACK_ISSUES, COMMENT_COUNTER, COMMENT_FORM, DOMAIN, END_OF_TEXT, IMAGE_MARKUP, RAIL_WITH_ITEMS, RELATED_RAIL, SENTENCE_END, SOURCE_LINE, SOURCES_LABEL,
} from './patterns.ts';

/** Share of the text that must come before a footer marker for it to end the article. */
const FOOTER_MIN_POSITION = 0.5;
const OUTLET_MAX_WORDS = 4;

/** What the end of a text says about its source, and where the article ends. */
export interface Footer {
  /** Index of the first line after the article. */
  end: number;
  /** Outlet named by a credit line ("Source: X") or a trailing outlet name. */
  outlet?: string;
  /** An original URL given in a credit. */
  url?: string;
  /** Items of a "Sources:" list. */
  references: string[];
  /** Indexes of lines before `end` that were credits, not article text. */
  used: Set<number>;
  /** The day the page says it was last edited or published, at its end ("This page was last edited on 9 March 2028", "Published: 05/11/2029"). */
  stamp?: FoundDate;
  /** The year of the page's copyright line ("© 2029 Thăng Long Newswire", "Copyright 2020–2029"): the latest year it names. */
  copyright?: number;
}

/** How many lines at the end of a page may hold its stamp of the last edit. */
const STAMP_ZONE = 8;
const STAMP_MAX_CHARS = 140;
/**
 * The label of a page's last edit or of its publication, right before its date: "This page was last edited on", "Last modified:",
 * "Page last reviewed:", "Cập nhật lần cuối:", "Published:", "Posted on", "Source: VNA,".
 */
const STAMP_LABEL = new RegExp(String.raw`(?:^|\b(?:page|article|entry|content)\s+(?:was\s+)?)(?:last\s+)?`
  + String.raw`(?:edited|modified|updated|revised|reviewed)(?:\s+on)?\s*:?\s*$`
  + String.raw`|^cập\s+nhật(?:\s+lần\s+cuối)?\s*:?\s*$|^(?:(?:date\s+)?published|posted|ngày\s+đăng|đăng\s+ngày)(?:\s+on)?\s*:?\s*$`
  // (Or the source it was taken from, with its day: "Source: VNA, 04/11/2028", "(Theo VnExpress, 04/11/2028)".)
  + String.raw`|^\(?(?:source|nguồn|theo)\s*:?\s*[^,;:()]{2,40},\s*$`, 'iu');

/** A copyright line's mark and its years: "© 2029", "Copyright © 2020–2029", "(c) 2029". Group: the last year. */
const COPYRIGHT_MARK = String.raw`(?:©|\(c\)|\bcopyright\b)`;
const COPYRIGHT = new RegExp(String.raw`${COPYRIGHT_MARK}\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b`, 'i');

/**
 * The year of the copyright line among a page's last lines; in a long line of the imprint, of the field that opens with the mark
 * ("La Ngà Post – Electronic newspaper · Licence No. 205/GP-BVHTTDL · Editor-in-chief: … · © 2029 La Ngà Post").
 */
function readCopyright(lines: Line[]): number | undefined {
  for (const { text } of lines.slice(-STAMP_ZONE).reverse()) {
    const fields = text.length <= STAMP_MAX_CHARS ? [text] : text.split(/\s[|·•]\s/).filter((f) => f.length <= STAMP_MAX_CHARS && COPYRIGHT_FIELD.test(f));
    const year = fields.map((f) => COPYRIGHT.exec(f)?.[1]).find(Boolean);
    if (year) return Number(year);
  }
  return undefined;
}
/** A field of an imprint that opens with the copyright's mark. */
const COPYRIGHT_FIELD = new RegExp(String.raw`^\s*${COPYRIGHT_MARK}`, 'i');

/** The day a page's last lines say it was last edited, if they do. */
function readStamp(lines: Line[]): FoundDate | undefined {
  for (const { text } of lines.slice(-STAMP_ZONE).reverse()) {
    if (text.length > STAMP_MAX_CHARS) continue;
    const [date] = findFullDates(text);
    if (!date) continue;
    // (The label may follow the copyright in one line: "© Long Biên Wire. All rights reserved. Published: 14/11/2029 08:05".)
    // (A weekday may stand between the label and the date: "Last modified: Tuesday, 27 May 2031 10:05".)
    const label = text.slice(0, date.index).split(/\s[|·•]\s|(?<=[.!])\s+/).pop()!.trim();
    const trimmed = label.replace(/\s*,$/, '');
    const weekdayless = trimmed.replace(WEEKDAY_TRAIL, '');
    if (STAMP_LABEL.test(weekdayless === trimmed ? label : weekdayless)) return date;
  }
  return undefined;
}

/**
 * A rail's label may be printed in two languages: "Văn bản liên quan/Related documents"; so may a page's mark of the end of the
 * document's text ("--- Hết nội dung / End of text ---").
 */
const isMarker = (text: string) => COMMENT_COUNTER.test(text) || COMMENT_FORM.test(text) || BACK_ISSUES.test(text) || RAIL_WITH_ITEMS.test(text)
  || (text.length <= BILINGUAL_LABEL && text.split(/\s*\/\s*/).some((label) => RELATED_RAIL.test(label) || END_OF_TEXT.test(label)));
/** How long a rail's label printed in two languages may be. */
const BILINGUAL_LABEL = 80;
const stripBullet = (text: string) => text.replace(/^[•·▪●◦‣∙*+–-]\s+/, '').trim();

/**
 * Finds where the article ends: the first comment counter, comment form, related-articles rail
 * or sources list in the second half of the text; then peels credit lines off the article's tail.
 */
export function readFooter(lines: Line[], textLength: number): Footer {
  const footer: Footer = { end: lines.length, references: [], used: new Set() };
  const minStart = textLength * FOOTER_MIN_POSITION;
  for (let i = 0; i < lines.length; i++) {
    const { text, start } = lines[i]!;
    if (start < minStart) continue;
    const opensSources = SOURCES_LABEL.test(text) && (i === lines.length - 1 || isMarker(lines[i + 1]!.text) || /^[•·▪●◦‣∙*+–-]\s/.test(lines[i + 1]!.text));
    if (isMarker(text) || opensSources) { footer.end = i; break; }
  }
  // The site's imprint at the very end, after whatever rail: its copyright, editor, licence, address and contacts.
  while (footer.end > 1 && lines[footer.end - 1]!.start >= minStart && IMPRINT.test(lines[footer.end - 1]!.text.trim())) footer.end--;
  readSourcesList(lines, footer);
  peelCredits(lines, footer);
  const stamp = readStamp(lines);
  if (stamp) footer.stamp = stamp;
  const copyright = readCopyright(lines);
  if (copyright) footer.copyright = copyright;
  return footer;
}

/**
 * A line of a site's imprint: its copyright ("© 2028 Ngự Bình Post"), or a labelled field of its editors, licence, address or contacts
 * ("Editor-in-chief: …", "Giấy phép số …", "Address: … | Phone: …").
 */
const IMPRINT = new RegExp(String.raw`^(?:©|\(c\)\s|copyright\b)|^(?:(?:deputy\s+)?editor-in-chief|(?:phó\s+)?tổng\s+biên\s+tập|licen[cs]e|giấy\s+phép`
  + String.raw`|address|địa\s+chỉ|phone|tel|hotline|fax|e-?mail|contact|liên\s+hệ|head\s+office|trụ\s+sở|cơ\s+quan\s+chủ\s+quản|governing\s+body)`
  + String.raw`\b[^:|]{0,30}:`, 'iu');

/** Items under a "Sources:" label inside the footer become references; a domain among them, the outlet. */
function readSourcesList(lines: Line[], footer: Footer) {
  const label = lines[footer.end];
  if (!label || !SOURCES_LABEL.test(label.text)) return;
  for (const line of lines.slice(footer.end + 1)) {
    if (isMarker(line.text)) break;
    footer.references.push(stripBullet(line.text));
  }
  const domain = footer.references.map((r) => DOMAIN.exec(r)?.[1]).find((d) => d && footer.references.includes(d));
  if (domain) footer.outlet = domain;
}

/** Peels "Source: X", a bare "Source" label, stray image markup and a trailing outlet name off the tail. */
function peelCredits(lines: Line[], footer: Footer) {
  for (let i = footer.end - 1; i > 0; i--) {
    const text = lines[i]!.text;
    const credit = SOURCE_LINE.exec(text);
    if (IMAGE_MARKUP.test(text) || SOURCES_LABEL.test(text)) { footer.used.add(i); continue; }
    if (credit) {
      // (The day after the outlet is the page's, no part of its name: "Source: VNA, 04/11/2028".)
      const value = credit[1]!.trim().replace(/\.$/, '').replace(/,?\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d$/, '');
      if (/^https?:\/\//.test(value)) footer.url ??= value;
      else footer.outlet ??= value;
      footer.used.add(i);
      continue;
    }
    // "(signed and sealed)" then "Tran Duc Khai": a document's signer, no outlet; so is a name under a title in capitals ("CHAIRMAN").
    const above = lines[i - 1]!.text;
    if (isOutletName(text) && !footer.outlet && !SIGNED_MARK.test(above) && !SIGNING_TITLE.test(above)) { footer.outlet = text; footer.used.add(i); }
    break;
  }
}

/** The mark of a signature above the signer's name: "(signed and sealed)", "(Signed)", "(đã ký)". */
const SIGNED_MARK = /^\((?:signed|đã\s+ký)[^)]{0,30}\)$/i;

/** A signer's title in capitals on its own line, above the name: "CHAIRMAN", "PP. PRIME MINISTER", "HEAD OF THE PROCURING ENTITY". */
// (Or in two languages: "PHÓ GIÁM ĐỐC / DEPUTY DIRECTOR".)
const SIGNING_TITLE = /^(?=.*\p{Lu}{3})[\p{Lu}\p{M}\s.,'’/-]{4,80}$/u;

/** A trailing outlet name: a few capitalized words or a domain, no sentence punctuation. */
function isOutletName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= OUTLET_MAX_WORDS &&
    !SENTENCE_END.test(text) &&
    (DOMAIN.test(text) || words.every((w) => /^[\p{Lu}\d]/u.test(w)))
  );
}
