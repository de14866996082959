import type { Line } from '../types.ts';
import { detectLanguage } from '../language.ts';
import { pageDateField, pageLabel, readDateline, type Dateline } from './dateline.ts';
import { IMAGE_MARKUP, PHOTO_CREDIT, SENTENCE_END, SITE_BANNER } from './patterns.ts';

/**
 * A field of a page, no title in another language: a label in two languages ("Số hiệu / Document number: 512/QĐ-TTg") or a label
 * before a number or a date ("Ngày ban hành: 07/05/2026"). A speaker's headline ("Bộ trưởng X: Dữ liệu là …") stays a title.
 */
// (Its two labels may be glued to their slash and value: "Số hiệu/Number:27/2026/NQ-HĐND", "Loại văn bản/Type:Nghị quyết/Resolution".)
const FIELD = /^\p{L}[\p{L}\s]{1,30}(?:\s*\/\s*\p{L}[\p{L}\s]{1,30}:|:\s*\d)/u;

/** A web address alone on its line whose path holds a date: "/2027/08/16/", "/2027-08/". */
const ADDRESS_DATE = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;
const ADDRESS = /^https?:\/\/\S+$/;
/** How many logical lines at the top may hold header chrome. */
const HEADER_ZONE = 6;
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 30;
/** How many logical lines at the top may hold a labelled page date ("Posted: …") below a legal-database page's fields. */
const LABELLED_ZONE = 24;

export { undouble } from './dateline.ts';

/**
 * A line of the metadata a crawler wrote above the page, its key in lower case: "title: …", "date 2029-04-01", "source: most.gov.vn",
 * "lang en". Groups: the key, its value.
 */
const FRONT_MATTER = /^(title|date|source|url|lang|language|tags|section|category|author)(?::\s*|\s+)(\S.*)$/;
/** How many such lines at the top make them the text's front matter, not a line of the page. */
const FRONT_MATTER_LINES = 2;
/** A source's name before its address ("Red River Policy Wire – redriverpolicywire.vn/…"), or its address alone ("most.gov.vn/en/news"). */
const SOURCE_ADDRESS = /^(.+?)\s+[–—|-]\s+(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}(?:\/\S*)?$|^(?:https?:\/\/)?((?:[\w-]+\.)+[a-z]{2,})(?:\/\S*)?$/;

/** What the top of a text says about itself, and which lines it used. */
export interface Header {
  /** Domain of a site banner ("Vietnam.vn"). */
  site?: string;
  /** Date of a dateline, with the line it came from. */
  date?: Dateline;
  /** A dateline without a year ("November 21"): the metadata stage reasons out its year. */
  yearless?: { month: number; day: number; text: string };
  /** The date in the page's own address printed at its top ("https://site.vn/2027/08/16/…"): the year of a yearless dateline. */
  address?: { year: number; month: number; day?: number };
  /** A month and year alone in a header line ("Tháng 9/2026 (September 2026)"): the page's date when it gives no day. */
  month?: { year: number; month: number; text: string };
  /** A dateline the site's template never filled ("{{date}}", "--/--/----"): the page states no date. */
  placeholder?: string;
  /** Whether the date is the document's own (its heading's or its issue date's), the page printing none of its own above it. */
  ofDocument?: boolean;
  /** Label glued to the dateline ("Việt Nam" from "Việt NamViệt Nam13/01/2025"). */
  label?: string;
  /** An explicit title line. */
  title?: Line;
  /** The source the front matter names ("source: most.gov.vn"). */
  source?: string;
  /** Title lines in another language than the title. */
  alternateTitles: { line: Line; lang: string }[];
  /** Indexes (into the lines) of every line the header used. */
  used: Set<number>;
}

/** Reads banner, dateline and title lines from the top of a text. */
export function readHeader(lines: Line[]): Header {
  const header: Header = { alternateTitles: [], used: new Set() };
  // The front matter a crawler wrote above the page ("title: …", "date …", "source: …") gives its title and source; the page's own
  // header follows it, which the zone then starts after.
  const front = frontMatter(lines, header);
  const zone = Math.min(front + HEADER_ZONE, lines.length - 1);
  // A line in Vietnamese above the title of a text in English is chrome ("Báo Quảng Ngãi điện tử") or the title's other language.
  const bodyLanguage = detectLanguage(lines.slice(zone, zone + BODY_SAMPLE).map((l) => l.text).join('\n'));
  const foreign = (text: string) => bodyLanguage === 'en' && detectLanguage(text) === 'vi';
  let heading: Dateline | undefined;
  let issued: Dateline | undefined;
  for (let i = 0; i < zone; i++) {
    const line = lines[i]!;
    const banner = i === 0 ? SITE_BANNER.exec(line.text) : null;
    if (banner) { header.site = banner[1]; header.used.add(i); continue; }
    const address = ADDRESS.test(line.text.trim()) ? ADDRESS_DATE.exec(line.text.trim()) : null;
    if (address) header.address ??= { year: Number(address[1]), month: Number(address[2]), ...(address[3] ? { day: Number(address[3]) } : {}) };
    const dateline = readDateline(line);
    if (!dateline || header.date || header.yearless) continue;
    if (dateline.kind === 'date') {
      header.date = dateline.date;
      if (dateline.label) header.label = dateline.label;
      // (A headline glued to the date is the page's title: "Hưng Yên Job Fair 2030: 4,200 vacancies … – 12/03/2030 08:30".)
      // (In Vietnamese above a text in English, it is the title's other language: "THÔNG BÁO: Đặt lịch … từ 1/6 [20/05/2031]".)
      const headline = dateline.headline ? { ...line, text: dateline.headline, start: line.start + line.text.indexOf(dateline.headline) } : undefined;
      if (headline && foreign(headline.text)) header.alternateTitles.push({ line: headline, lang: 'vi' });
      else if (headline && !header.title) header.title = headline;
      header.used.add(i);
    } else if (dateline.kind === 'yearless') {
      header.yearless = { month: dateline.month, day: dateline.day, text: dateline.text };
      header.used.add(i);
    } else if (dateline.kind === 'placeholder') {
      header.placeholder ??= dateline.text;
      header.used.add(i);
    } else if (dateline.kind === 'heading') {
      heading ??= dateline.date;
    } else if (dateline.kind === 'document' && dateline.issued) {
      // ("Ngày ban hành: 14/08/2030 | Lượt xem: 2.114" above a notice the page prints as itself: its issue date, the page's when it prints
      // no other.)
      issued ??= dateline.issued;
    } else if (dateline.kind === 'printed') {
      // "Printed: 21/08/2030 09:12" on a page's print version: the day a reader printed it, chrome above the page's own date.
      header.used.add(i);
    } else if (dateline.kind === 'month' && !header.month) {
      header.month = { year: dateline.year, month: dateline.month, text: dateline.text };
      header.used.add(i);
    }
  }
  // (On a legal-database page, a document's own heading may stand below its fields: "No. 2315/QD-UBND | Gia Lai, August 14, 2026".)
  const below = header.date ? undefined : readLabelledDate(lines, header);
  heading ??= below ?? issued;
  // A document printed as itself (a scanned letter), its own heading's date and no page's: the text is dated by its heading.
  if (!header.date && !header.yearless && !header.placeholder && heading) {
    header.date = heading;
    header.ofDocument = true;
  }
  // A site's masthead, menu, breadcrumb or login links above the title are chrome, not the title.
  // So is a site's name in a few words right above its menu ("VnExpress International" above "News | Business | Travel | …").
  // A longer line there is the site's motto ("The voice of the Party Committee, authorities and people of …") when a headline
  // follows the menu.
  const headlineBelow = (from: number) => lines.slice(from, zone + 1).some((l, k) => !header.used.has(from + k) && isHeadline(l.text)
    && l.text.split(/\s+/).length >= HEADLINE_WORDS && !isLabelText(l.text) && !chromeLine(l));
  // A dateline read above is no menu, though its parts are set apart alike ("Sun, 2026/06/07 · 18:00 · Issue 23").
  const dated = new Set(header.used);
  // (A row of a document's labelled fields is no menu: "Số hiệu: 2417/QĐ-UBND | Loại văn bản: Quyết định | …" under a legal page's title.)
  const abovePageMenu = (i: number) => i + 1 < lines.length && !dated.has(i + 1) && menuOf(lines[i + 1]!) !== undefined
    && !FIELD_ROW.test(lines[i + 1]!.text)
    && (lines[i]!.text.split(/\s+/).length <= MASTHEAD_WORDS || headlineBelow(i + 2));
  // A platform's or a site's name of a few words above lines of chrome in the other language, the headline below them ("Zalo Official
  // Account" above "Sở Khoa học và Công nghệ tỉnh Lai Châu ✓", "Quan tâm | Nhắn tin", "Bài viết"), is a masthead.
  const chromeAt = (i: number) => header.used.has(i) || chromeLine(lines[i]!) || foreign(lines[i]!.text);
  const aboveChrome = (i: number) => {
    if (i > front || lines[i]!.text.split(/\s+/).length > MASTHEAD_WORDS_ABOVE_CHROME) return false;
    let j = i + 1;
    let other = false;
    for (; j < zone && (chromeAt(j) || menuOf(lines[j]!) !== undefined); j++) other ||= foreign(lines[j]!.text);
    return other && j <= zone && isHeadline(lines[j]!.text) && !foreign(lines[j]!.text) && lines[j]!.text.split(/\s+/).length >= HEADLINE_WORDS;
  };
  // A masthead may take two short lines above the menu, the site's name over its owner's, when a headline follows the menu
  // ("CUSTOMS SUB-DEPARTMENT OF REGION XXVI · Chi cục …" over "Customs Department – Ministry of Finance"; a name in two languages counts
  // each apart.)
  const short = (k: number) => !SENTENCE_END.test(lines[k]!.text)
    && lines[k]!.text.split(/\s[·|•–]\s/).every((part) => part.split(/\s+/).length <= MASTHEAD_WORDS);
  const overMasthead = (i: number) => i + 2 < lines.length && short(i) && short(i + 1) && abovePageMenu(i + 1) && headlineBelow(i + 3);
  for (let i = 0; i < zone && (chromeAt(i) || abovePageMenu(i) || aboveChrome(i) || overMasthead(i)); i++) header.used.add(i);
  // A section's label, a breadcrumb or the site's controls between the menu and the headline ("Opinion", "Home > Law", "Provinces /
  // Interviews", "E-paper Subscribe Search", "Updated continuously", a section of the menu) give way to the headline after them,
  // when the article's first paragraph follows it.
  let first = firstUnused(lines, header.used, 0);
  let pastChrome = false;
  const words = (i: number) => (lines[i]!.text.length > TITLE_MAX_CHARS ? TITLE_MAX_WORDS + 1 : lines[i]!.text.split(/\s+/).length);
  const strong = (i: number) => isHeadline(lines[i]!.text) && words(i) >= HEADLINE_WORDS && !isLabelText(lines[i]!.text) && !chromeLine(lines[i]!);
  // A section's name that repeats an item of the page's menu ("Vietnam & the World" under "Politics | World | Vietnam & the World").
  const menuItems = new Set(lines.slice(0, zone).flatMap((l) => menuOf(l)?.split(/\s[|>»›•·/]\s|\s{2,}/) ?? [])
    .map((item) => item.trim().toLowerCase()));
  const inMenu = (i: number) => menuItems.has(lines[i]!.text.trim().toLowerCase());
  const weak = (i: number) => isLabelText(lines[i]!.text) || chromeLine(lines[i]!) || words(i) < HEADLINE_WORDS || inMenu(i);
  if (first !== undefined && first < zone && weak(first) && !(strong(first) && !inMenu(first))) {
    const skipped = [first];
    let next = after(first);
    while (next !== undefined && next <= zone && !strong(next) && weak(next)) next = after(skipped[skipped.push(next) - 1]);
    // Past a breadcrumb or the site's controls alone the headline is sure; past a short line, only when a paragraph follows it.
    const sure = skipped.every((i) => isLabelText(lines[i]!.text) || chromeLine(lines[i]!));
    if (next !== undefined && next <= zone && strong(next) && (sure || isParagraphAfter(lines, header.used, next))) {
      for (const i of skipped) header.used.add(i);
      first = next;
      // (A headline read past the chrome may stand on the zone's last line: a page whose address, menu, controls, date and
      // breadcrumb fill every line above it.)
      pastChrome = true;
    }
  }
  // (The front matter's title is the text's; the page's headline that repeats it is that title, and the lines above it the page's
  // chrome: its masthead, menu and ticker.)
  if (header.title) {
    const title = header.title.text.toLowerCase();
    const headline = lines.slice(front, zone + 1).findIndex((l) => l.text.trim().toLowerCase() === title);
    for (let i = front; headline >= 0 && i <= front + headline; i++) header.used.add(i);
  } else if (first !== undefined && (first < zone || pastChrome) && isTitle(lines[first]!.text)) {
    header.title = lines[first];
    header.used.add(first);
    const titleLang = detectLanguage(lines[first]!.text);
    for (let i = first + 1; i < zone; i++) {
      if (header.used.has(i)) continue;
      const text = lines[i]!.text;
      const lang = detectLanguage(text);
      if (lang === titleLang || !isTitle(text) || FIELD.test(text)) break;
      header.alternateTitles.push({ line: lines[i]!, lang });
      header.used.add(i);
    }
  }
  return header;

  /** The next line the header has not used after a line. */
  function after(i: number | undefined): number | undefined {
    return i === undefined ? undefined : firstUnused(lines, header.used, i + 1);
  }
}

/**
 * Reads the front matter at the top of the lines (FRONT_MATTER) into the header, marking its lines used: its title as the title line,
 * its source's name. Returns how many lines it has (0 when fewer than FRONT_MATTER_LINES open the text).
 */
function frontMatter(lines: Line[], header: Header): number {
  let count = 0;
  while (count < lines.length && FRONT_MATTER.test(lines[count]!.text.trim())) count++;
  if (count < FRONT_MATTER_LINES) return 0;
  for (let i = 0; i < count; i++) {
    const line = lines[i]!;
    const [, key, value] = FRONT_MATTER.exec(line.text.trim())!;
    header.used.add(i);
    const text = value!.trim();
    if (key === 'title' && !header.title) header.title = { ...line, text, start: line.start + line.text.indexOf(text) };
    if (key === 'source' && !header.source) {
      const named = SOURCE_ADDRESS.exec(text);
      header.source = named ? (named[1] ?? named[2])! : text;
    }
  }
  return count;
}

/** A row of labelled fields set apart by bars, every cell a label and its value: "Số hiệu: 2417/QĐ-UBND | Loại văn bản: Quyết định". */
const FIELD_ROW = /^[^|:]{1,30}:[^|]*(?:\|\s*[^|:]{1,30}:[^|]*)+$/u;
/** How few words make a short line above a headline a label ("Opinion", "Interview"), not a title. */
const HEADLINE_WORDS = 4;
/** A breadcrumb with one step: "Home > Law", "Provinces / Interviews". */
const BREADCRUMB_STEP = /\s[>»›/]\s/;
/**
 * The site's controls, two or more on a short line ("Font size: A- A A+ Print Share", "E-paper Subscribe Search"), or a reading time;
 * in Vietnamese too ("Cỡ chữ: A- A A+ | In trang | Chia sẻ: Facebook Zalo | Lượt xem: 2.314"); a print version's ("In bài | Đóng cửa sổ").
 */
const CONTROL = new RegExp(String.raw`(?<!\p{L})(?:font\s+size|print|share|subscribe|e-paper|sign\s+up|sign\s+in|log\s+in|search|send\s+a\s+release`
  + String.raw`|views|close\s+(?:this\s+)?window|cỡ\s+chữ|in\s+(?:trang|bài)|chia\s+sẻ|lượt\s+xem|đóng(?:\s+cửa\s+sổ)?)(?!\p{L})`, 'giu');
/** How many controls make a line of them chrome, however many words it has (a control's own label and values among them). */
const CONTROLS_MANY = 3;
/** A page's metadata as "key: value" with its key in lower case: "source: most.gov.vn", "section: Tin hoạt động"; a reading time. */
const METADATA_LINE = /^(?:(?:[a-z][a-z ]{1,20}|Source|Section|Category|Tags|Author)\s*:\s|[Rr]eading\s+time\b)/;
/** How many words a label line may have. */
const LABEL_WORDS = 8;
/** A short line that labels a page rather than titles it: a breadcrumb, the site's controls, the page's metadata. */
function isLabelText(text: string): boolean {
  if (text.length > TITLE_MAX_CHARS) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls >= CONTROLS_MANY) return true;
  if (text.split(/\s+/).length > LABEL_WORDS) return false;
  return BREADCRUMB_STEP.test(text) || controls >= 2 || METADATA_LINE.test(text);
}

/** A headline: a title line, which may end with a quotation or a bracket ("… (Saturday, May 16)", "“… as coal once did”"). */
// (A question is one, see isTitle.)
const isHeadline = (text: string) => text.length <= TITLE_MAX_CHARS && isTitle(text.replace(/["”’»)\]]+$/u, ''))
  && !/[.!…,;:]["”’»)\]]*$/u.test(text);

/** A line that is a name alone, two to five capitalised words: "Lại Thùy Dương". */
const NAME_LINE = /^(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,4}\p{Lu}[\p{L}\p{M}’'-]*$/u;
/** A byline or a line of a document's fields ("By Quynh Trang", "Document type: Decree | Drafting unit: …"), read past after a headline. */
const BYLINE_OR_FIELDS = /^By\s+\p{Lu}|\s\|\s/u;

/**
 * Whether the lines after a headline open the article: a paragraph that ends a sentence, or more than a title's words, after
 * any byline or fields.
 */
function isParagraphAfter(lines: Line[], used: Set<number>, headline: number): boolean {
  let next = firstUnused(lines, used, headline + 1);
  // A section's heading in a word or two ("SUMMARY") is read past too, and so are a byline that is a name alone ("Lại Thùy Dương") and
  // a line of chrome ("Share: Facebook · Zalo · Copy link").
  const passed = (i: number) => BYLINE_OR_FIELDS.test(lines[i]!.text) || lines[i]!.text.split(/\s+/).length <= 2
    || NAME_LINE.test(lines[i]!.text.trim()) || chromeLine(lines[i]!);
  while (next !== undefined && passed(next)) next = firstUnused(lines, used, next + 1);
  if (next === undefined) return true;
  const text = lines[next]!.text;
  return SENTENCE_END.test(text) || !isTitle(text) || text.split(/\s+/).length > TITLE_MAX_WORDS;
}

/** How many lines after the header zone tell the language of the body. */
const BODY_SAMPLE = 20;
/**
 * A menu, a breadcrumb or login links: items joined by two separators or more ("Trang chủ | Thời
 * sự | …", "Home > News > …", "Home / Science / …", "Trang chủ · Thời sự"), by runs of spaces ("Home  Politics  Law"),
 * or two short items around one ("🔍 | Đăng nhập"); bracketed links ("[Tiếng Việt] [English]").
 */
const MENU = new RegExp(String.raw`^[^.!?]*?(?:\s[|>»›•·/]\s[^.!?]*?){2,}$|^(?:\[[^\]]+\]\s*){2,}|^\S+(?:\s\S+)?(?:\s{2,}\S+(?:\s\S+)?){2,}$`
  + String.raw`|^\S+(?:\s\S+){0,2}\s?\s[|·]\s+\S+(?:\s\S+){0,2}\s?$`
  // A breadcrumb's steps may hold a full stop, which no headline sets twice between arrows: "Home › Archives › Vol. 9 No. 2 (2028) › …".
  + String.raw`|^(?:[^>»›]*\s[>»›]\s){2,}[^>»›]*$`, 'u');
/** How many words a platform's name above lines of chrome may have ("Zalo Official Account"). */
const MASTHEAD_WORDS_ABOVE_CHROME = 4;
/** How many words a site's name above its menu may have. */
const MASTHEAD_WORDS = 10;
/** A site's search box (its placeholder too: "Search articles...") or login link on its own line. */
const SITE_CONTROL = new RegExp(String.raw`^(?:(?:search|tìm kiếm)(?:\s+\p{L}+){0,3}\s*(?:\.{3}|…)`
  + String.raw`|search|tìm kiếm|menu|login|log in|sign in|đăng nhập|đăng ký)(?:\s*[.…]+)?$`, 'iu');
/** A masthead: a few words in capitals, no digits ("BÁO TUYÊN QUANG ĐIỆN TỬ", "THƯ VIỆN VĂN BẢN PHÁP LUẬT - VBPL ONLINE"). */
const MASTHEAD = /^(?=(?:\S+\s+){1,15}\S+$)[\p{Lu}\p{M}\s&.,'’–—-]+$/u;

/** An e-mail's controls opening its first line: "View this email in your browser | Forward to a colleague". */
const EMAIL_CONTROL = new RegExp(String.raw`^(?:view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in\s+(?:your|a)\s+browser|online|as\s+a\s+web\s?page)`
  + String.raw`|forward\s+to\s+a\s+(?:colleague|friend))\b`, 'i');

/** A line of a site's chrome at the top of a page: a menu or breadcrumb, a masthead in capitals, an e-mail's controls. */
export function isChrome(text: string): boolean {
  return MENU.test(text) || MASTHEAD.test(text) || SITE_CONTROL.test(text.trim()) || EMAIL_CONTROL.test(text.trim());
}

/**
 * A line of chrome as the text has it, or as written: a menu's items set apart by runs of blanks ("Home   News   Business"); above
 * the headline, a rail of other stories, its label and its dated items ("Latest news", "- 03/11/2028: Province opens fibre route",
 * "02/11/2028 – Hà Nội metro line 3 opens …").
 */
const chromeLine = (line: Line) => isChrome(line.text) || (line.spaced !== undefined && MENU.test(line.spaced))
  || RAIL_LINE.test(line.text.trim());
/** A rail's label or one of its dated items (see chromeLine). */
const RAIL_LINE = new RegExp(String.raw`^(?:[-•*]\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)?\d\d)?\s*[–—:-]\s+\S`
  + String.raw`|^(?:latest|breaking|most\s+read|popular|trending|related)(?:\s+(?:news|stories|posts))?:?$`
  + String.raw`|^(?:tin\s+(?:mới(?:\s+nhất)?|nóng)|đọc\s+nhiều)$`, 'iu');
/** A menu line as it is written (with its runs of blanks), or undefined. */
const menuOf = (line: Line) => (MENU.test(line.text) ? line.text : line.spaced !== undefined && MENU.test(line.spaced) ? line.spaced : undefined);

/** A title line: short, no sentence punctuation at the end, not a caption or image markup. */
export function isTitle(line: string): boolean {
  // (Past a tag in brackets that opens it: "[Infographic] Quảng Ninh's digital road map to 2030".)
  // (Or a digest's name: "[LAI CHÂU DIGITAL WEEKLY – English] Digital community tourism: 24 villages on the map".)
  const text = line.replace(/^\[[^\][]{1,40}\]\s+(?=\S)/u, '');
  return (
    text.length <= TITLE_MAX_CHARS &&
    text.split(/\s+/).length <= TITLE_MAX_WORDS &&
    // (A question may be a headline: "Adding up: are provincial targets consistent with the national goal?".)
    !SENTENCE_END.test(text.replace(/(?<=\p{L})\?$/u, '')) &&
    // (Nor a letter's salutation: "Dear members,".)
    !/,$/.test(text) &&
    !IMAGE_MARKUP.test(text) &&
    !PHOTO_CREDIT.test(text) &&
    /^[\p{Lu}\d"“‘']/u.test(text)
  );
}

/** The fields a page prints after its labelled date, from the first bar after a date: " | Hạn góp ý: 30/10/2026 | …", " · Duration: 1:32:10". */
const OTHER_FIELDS = /(?<=\d{4}(?:[\s,]+\d{1,2}:\d{2}(?:\s*[AP]M)?)?)\s*(?:\||\s·\s)\s*\p{L}[^|·]*:.*$/u;

/**
 * A page date printed with its label further down ("Posted: 05/03/2025" under a legal document's fields), or alone on its
 * line below a press release's title and provider ("News provided by", "VietMind AI JSC", "12 Mar, 2026, 09:00 ICT"), where
 * no label before it could make it a document's date or a place's ("Hà Nội, ngày 14 tháng 5 năm 2026").
 */
function readLabelledDate(lines: Line[], header: Header): Dateline | undefined {
  const zone = Math.min(LABELLED_ZONE, lines.length - 1);
  // A document's own heading read on the way, below the header (see readHeader), else its issue date: returned when no page date is
  // found.
  // A line in Vietnamese above the title of a text in English is chrome ("Báo Quảng Ngãi điện tử") or the title's other language.
  const bodyLanguage = detectLanguage(lines.slice(zone, zone + BODY_SAMPLE).map((l) => l.text).join('\n'));
  const foreign = (text: string) => bodyLanguage === 'en' && detectLanguage(text) === 'vi';
  let heading: Dateline | undefined;
  let issued: Dateline | undefined;
  for (let i = 0; i < zone; i++) {
    const from = pageDateField(lines[i]!.text);
    const labelled = from !== undefined;
    if (!labelled && i < HEADER_ZONE) continue;
    // "Ngày đăng: 09/09/2026 | Hạn góp ý: 30/10/2026 | Lượt xem: 1.087": the labelled date's own field, not the fields around it.
    const line = labelled ? { ...lines[i]!, text: lines[i]!.text.slice(from), start: lines[i]!.start + from } : lines[i]!;
    const field = labelled ? OTHER_FIELDS.exec(line.text) : null;
    const read = readDateline(field ? { ...line, text: line.text.slice(0, field.index) } : line);
    const dateline = read?.kind === 'date' && from ? { ...read, date: { ...read.date, column: read.date.column + from } } : read;
    if (dateline?.kind === 'heading' && i >= HEADER_ZONE) heading ??= dateline.date;
    // (A legal-database page's "Date of issue | 10/12/2026" field, the document's heading being further down than this reads.)
    if (dateline?.kind === 'document' && dateline.issued) issued ??= dateline.issued;
    // Alone on its line, or after nothing but its weekday or its byline ("Thứ Năm, 15/10/2026 - 08:15", "By X | 12 Mar 2026").
    const alone = dateline?.kind === 'date' && (dateline.date.column === 1 || pageLabel(lines[i]!.text.slice(0, dateline.date.column - 1)
      .replace(/[\s,|–—•·()-]+$/, '').replace(/^\(/, '')));
    if (dateline?.kind !== 'date' || (!labelled && !alone)) continue;
    header.date = dateline.date;
    header.used.add(i);
    delete header.placeholder;
    delete header.yearless;
    return undefined;
  }
  return heading ?? issued;
}

function firstUnused(lines: Line[], used: Set<number>, from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!used.has(i)) return i;
  return undefined;
}
