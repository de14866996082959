import type { Line } from '../types.ts';
import { detectLanguage } from '../language.ts';
import { isPageDateLine, readDateline, type Dateline } from './dateline.ts';
import { IMAGE_MARKUP, PHOTO_CREDIT, SENTENCE_END, SITE_BANNER } from './patterns.ts';

/** How many logical lines at the top may hold header chrome. */
const HEADER_ZONE = 6;
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 30;
/** How many logical lines at the top may hold a labelled page date ("Posted: …") below a legal-database page's fields. */
const LABELLED_ZONE = 16;

export { undouble } from './dateline.ts';

/** What the top of a text says about itself, and which lines it used. */
export interface Header {
  /** Domain of a site banner ("Vietnam.vn"). */
  site?: string;
  /** Date of a dateline, with the line it came from. */
  date?: Dateline;
  /** A dateline without a year ("November 21"): the metadata stage reasons out its year. */
  yearless?: { month: number; day: number; text: string };
  /** A dateline the site's template never filled ("{{date}}", "--/--/----"): the page states no date. */
  placeholder?: string;
  /** Label glued to the dateline ("Việt Nam" from "Việt NamViệt Nam13/01/2025"). */
  label?: string;
  /** An explicit title line. */
  title?: Line;
  /** Title lines in another language than the title. */
  alternateTitles: { line: Line; lang: string }[];
  /** Indexes (into the lines) of every line the header used. */
  used: Set<number>;
}

/** Reads banner, dateline and title lines from the top of a text. */
export function readHeader(lines: Line[]): Header {
  const header: Header = { alternateTitles: [], used: new Set() };
  const zone = Math.min(HEADER_ZONE, lines.length - 1);
  for (let i = 0; i < zone; i++) {
    const line = lines[i]!;
    const banner = i === 0 ? SITE_BANNER.exec(line.text) : null;
    if (banner) { header.site = banner[1]; header.used.add(i); continue; }
    const dateline = readDateline(line);
    if (!dateline || header.date || header.yearless) continue;
    if (dateline.kind === 'date') {
      header.date = dateline.date;
      if (dateline.label) header.label = dateline.label;
      header.used.add(i);
    } else if (dateline.kind === 'yearless') {
      header.yearless = { month: dateline.month, day: dateline.day, text: dateline.text };
      header.used.add(i);
    } else if (dateline.kind === 'placeholder') {
      header.placeholder ??= dateline.text;
      header.used.add(i);
    }
  }
  if (!header.date) readLabelledDate(lines, header);
  // A site's masthead, menu, breadcrumb or login links above the title are chrome, not the title.
  // So is a line in Vietnamese above the title of a text in English ("Báo Quảng Ngãi điện tử").
  const bodyLanguage = detectLanguage(lines.slice(zone, zone + BODY_SAMPLE).map((l) => l.text).join('\n'));
  const foreign = (text: string) => bodyLanguage === 'en' && detectLanguage(text) === 'vi';
  for (let i = 0; i < zone && (header.used.has(i) || isChrome(lines[i]!.text) || foreign(lines[i]!.text)); i++) header.used.add(i);
  const first = firstUnused(lines, header.used, 0);
  if (first !== undefined && first < zone && isTitle(lines[first]!.text)) {
    header.title = lines[first];
    header.used.add(first);
    const titleLang = detectLanguage(lines[first]!.text);
    for (let i = first + 1; i < zone; i++) {
      if (header.used.has(i)) continue;
      const text = lines[i]!.text;
      const lang = detectLanguage(text);
      if (lang === titleLang || !isTitle(text)) break;
      header.alternateTitles.push({ line: lines[i]!, lang });
      header.used.add(i);
    }
  }
  return header;
}

/** How many lines after the header zone tell the language of the body. */
const BODY_SAMPLE = 20;
/**
 * A menu, a breadcrumb or login links: items joined by two separators or more ("Trang chủ | Thời
 * sự | …", "Home > News > …", "Trang chủ · Thời sự"), by runs of spaces ("Home  Politics  Law"),
 * or two short items around one ("🔍 | Đăng nhập"); bracketed links ("[Tiếng Việt] [English]").
 */
const MENU = new RegExp(String.raw`^[^.!?]*?(?:\s[|>»•·]\s[^.!?]*?){2,}$|^(?:\[[^\]]+\]\s*){2,}|^\S+(?:\s\S+)?(?:\s{2,}\S+(?:\s\S+)?){2,}$`
  + String.raw`|^\S+(?:\s\S+){0,2}\s?\s[|·]\s+\S+(?:\s\S+){0,2}\s?$`, 'u');
/** A site's search box or login link on its own line. */
const SITE_CONTROL = /^(?:search|tìm kiếm|menu|login|log in|sign in|đăng nhập|đăng ký)(?:\s*[.…]+)?$/iu;
/** A masthead: a few words in capitals, no digits ("BÁO TUYÊN QUANG ĐIỆN TỬ", "THƯ VIỆN VĂN BẢN PHÁP LUẬT - VBPL ONLINE"). */
const MASTHEAD = /^(?=(?:\S+\s+){1,15}\S+$)[\p{Lu}\p{M}\s&.,'’-]+$/u;

/** A line of a site's chrome at the top of a page: a menu or breadcrumb, or a masthead in capitals. */
export function isChrome(text: string): boolean {
  return MENU.test(text) || MASTHEAD.test(text) || SITE_CONTROL.test(text.trim());
}

/** A title line: short, no sentence punctuation at the end, not a caption or image markup. */
export function isTitle(text: string): boolean {
  return (
    text.length <= TITLE_MAX_CHARS &&
    text.split(/\s+/).length <= TITLE_MAX_WORDS &&
    !SENTENCE_END.test(text) &&
    !IMAGE_MARKUP.test(text) &&
    !PHOTO_CREDIT.test(text) &&
    /^[\p{Lu}\d"“‘']/u.test(text)
  );
}

/**
 * A page date printed with its label further down ("Posted: 05/03/2025" under a legal document's fields), or alone on its
 * line below a press release's title and provider ("News provided by", "VietMind AI JSC", "12 Mar, 2026, 09:00 ICT"), where
 * no label before it could make it a document's date or a place's ("Hà Nội, ngày 14 tháng 5 năm 2026").
 */
function readLabelledDate(lines: Line[], header: Header) {
  const zone = Math.min(LABELLED_ZONE, lines.length - 1);
  for (let i = 0; i < zone; i++) {
    const labelled = isPageDateLine(lines[i]!.text);
    if (!labelled && i < HEADER_ZONE) continue;
    const dateline = readDateline(lines[i]!);
    if (dateline?.kind !== 'date' || (!labelled && (dateline.label !== undefined || dateline.date.column !== 1))) continue;
    header.date = dateline.date;
    header.used.add(i);
    delete header.placeholder;
    delete header.yearless;
    return;
  }
}

function firstUnused(lines: Line[], used: Set<number>, from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!used.has(i)) return i;
  return undefined;
}
