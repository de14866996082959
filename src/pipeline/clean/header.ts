import type { Line } from '../types.ts';
import { detectLanguage } from '../language.ts';
import { findFullDates, type FoundDate } from '../dates.ts';
import { IMAGE_MARKUP, PHOTO_CREDIT, SENTENCE_END, SITE_BANNER } from './patterns.ts';

/** How many logical lines at the top may hold header chrome. */
const HEADER_ZONE = 6;
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 30;
const DATELINE_MAX_CHARS = 80;

/** What the top of a text says about itself, and which lines it used. */
export interface Header {
  /** Domain of a site banner ("Vietnam.vn"). */
  site?: string;
  /** Date of a dateline, with the line it came from. */
  date?: FoundDate & { line: number; column: number };
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
    if (dateline && !header.date) {
      header.date = dateline.date;
      if (dateline.label) header.label = dateline.label;
      header.used.add(i);
    }
  }
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

/** A short line whose substance is a date: "13/01/2025", "Việt NamViệt Nam13/01/2025 08:30". */
function readDateline(line: Line): { date: NonNullable<Header['date']>; label?: string } | undefined {
  if (line.text.length > DATELINE_MAX_CHARS) return undefined;
  const [date] = findFullDates(line.text);
  if (!date) return undefined;
  const before = line.text.slice(0, date.index).trim();
  const after = line.text.slice(date.index + date.text.length).trim();
  if (!/^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:\(?GMT[+-]\d+\)?)?)?$/i.test(after)) return undefined;
  if (/[.!?]/.test(before) || before.split(/\s+/).length > 8) return undefined;
  const label = undouble(before.replace(/[\s,|–—-]+$/, '').replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*/i, ''));
  const column = line.start + date.index;
  return { date: { ...date, line: line.line, column: date.index + 1, index: column }, ...(label ? { label } : {}) };
}

/** "Việt NamViệt Nam" → "Việt Nam": scraped labels often repeat themselves. */
export function undouble(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half)) return text.slice(0, half).trim();
  return text.trim();
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

function firstUnused(lines: Line[], used: Set<number>, from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!used.has(i)) return i;
  return undefined;
}
