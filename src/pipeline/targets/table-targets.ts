import type { Comparator } from '../../schemas/target.ts';
import { asidesOf, benchmarkIn } from './benchmark.ts';
import { comparatorOf } from './comparator.ts';
import { metricName } from './metric.ts';
import { titleCase } from '../extract/name-grammar.ts';
import { DIGITS, numberOf, PERCENT_SIGN, QUALIFIER } from './quantity.ts';

/**
 * Targets in a table printed as text rows, one row per line with cells between bars (or tabs, as a table copied
 * from a page has them), as reports and plans print their indicators:
 *
 *   No | Indicator | Plan 2025 | Result 9 months | Target 2030
 *   1 | Digital economy (% of GRDP) | 28% | 26.1% | 40% (national: 30%)
 *
 * A column is a target column when its heading names a year and a plan or a target (in English or in
 * the Vietnamese abbreviations reports use: KH, MT); a result or an estimate is not. The metric is the
 * row's text cell; its unit is a bracketed unit in it, or "%" in the cell, or the metric's last plural.
 */

/** A row: cells between bars, two bars at least. */
const ROW = /^[^|]*\|[^|]*\|/;
/** Headings that make a column the plan or the target for its year. */
const TARGET_HEADING = /\b(?:target|plan|planned|goal|objective|KH|MT|mục tiêu|kế hoạch|chỉ tiêu)\b/iu;
/** Headings of a column that reports: a result, an estimate, what was done. */
const RESULT_HEADING = /\b(?:result|results|actual|achieved|estimated?|est\.|TH|thực hiện|ước|performance|progress)\b/iu;
// (A school or fiscal year's two years are due at the second: "Target for 2027-2028" is 2028's.)
const YEAR = /\b(?:(?:19|20)\d{2}\s*[-–/]\s*)?((?:19|20)\d{2})\b/;
/** A column of verdicts on each row's target ("Assessment", "Đánh giá"). */
const VERDICT_HEADING = /\b(?:assessment|evaluation|verdict|status|đánh giá|kết quả)\b/iu;
/** A verdict given when a target's time is over: met or not, exceeded; not one on the way ("likely to be met", "on track"). */
const FINAL_VERDICT = /^(?:met|not\s+met|exceeded|achieved|not\s+achieved|fulfilled|not\s+fulfilled|unfulfilled|missed|đạt|không\s+đạt|vượt)$/iu;
/** A verdict cell, past a mark and in either of two languages: "✔ Đạt / Achieved", "Not met". */
const isFinalVerdict = (cell: string) => cell.split('/').some((part) => FINAL_VERDICT.test(part.replace(/^[^\p{L}]+/u, '').trim()));
/** A cell's figure: a qualifier, a number, a range, a share. Groups: qualifier, number, top, percent. */
const FIGURE = new RegExp(String.raw`^(?:(${QUALIFIER}|≥|>=|≤|<=|>|<)\s*)?(${DIGITS})(?:\s?[-–—]\s?(${DIGITS}))?(${PERCENT_SIGN})?`, 'iu');
/** A rank cell: "top 15", "Top 10", "among the top 5 provinces". Group: the rank. */
const TOP = /^(?:(?:in|among)\s+the\s+)?top\s+(\d{1,3})\b/i;
/** A cell that asks for every one of the row's things: "all", "all 168", "tất cả". */
const ALL_CELL = /^(?:all|every\s+one|tất\s+cả)(?:\s+\d[\d,.]*)?$/iu;
/** A unit in brackets in a metric cell: "(% of GRDP)", "(number)", "(enterprises)". */
const UNIT_ASIDE = /\s*\(([^()]+)\)\s*$/;
// (A hyphenated word is one: "Start-ups" counts start-ups.)
const PLURAL = /(?<![\p{L}\p{M}-])(\p{L}[\p{L}-]*[^su’'\W]s)\b/gu;
/** A share's unit after a comma at the end of a metric cell: ", % of GRDP". Group: the unit. */
const COMMA_UNIT = /\s*,\s*(%\s+of\s+[\p{L}\s]{2,40}?)\s*$/u;

/** A target read from one row of a table, with the heading that dates it. */
export interface TableTarget {
  /** Index of the row's block. */
  block: number;
  metric: string;
  comparator: Comparator;
  value: number;
  max: number | null;
  unit: string | null;
  deadline: number;
  benchmark: { value: number; text: string } | null;
  /** The heading of the column ("MT 2030 / Target 2030"). */
  heading: string;
  /** The place of its row, in a table whose rows are places (see placeRows), or the heading of its column when it names one ("Gia Lai 2030"). */
  place?: string;
}

/** A row copied from a page's table: cells between tabs, three at least. */
const TAB_ROW = /^[^\t]*\S[^\t]*\t[^\t]*\S[^\t]*\t[^\t]*\S/;

/**
 * A row of comma-separated values, as a data portal previews a CSV file: four cells at least, no space after a comma (prose has one),
 * a cell in double quotes may hold commas ("QNG-05,Enterprises with R&D spending,enterprises,140,\"1,250\"").
 */
const CSV_ROW = /^(?:"[^"]*"|[^",\s][^",]*|)(?:,(?:"[^"]*"|[^",\s][^",]*|)){3,}$/;

/**
 * The cells of a row (between bars, between tabs as a table copied from a page has them, or between the commas of a CSV preview),
 * trimmed, or null when the text is no row. A CSV heading's underscores are spaces ("target_2030" → "target 2030").
 */
export function cellsOf(text: string): string[] | null {
  if (ROW.test(text)) return text.split('|').map((c) => c.trim());
  if (text.includes('\t')) return TAB_ROW.test(text) ? text.split('\t').map((c) => c.trim()) : null;
  if (!text.includes(',') || !CSV_ROW.test(text.trim())) return null;
  return [...text.trim().matchAll(/(?:^|,)("[^"]*"|[^",]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/_/g, ' ').trim());
}

/** A cell that is an indicator's code, no label: "QNG-04", "CT.2.1". */
const CODE_CELL = /^[\p{Lu}\d]+(?:[-.][\p{Lu}\d]+)+$/u;
/** Whether a cell is a row's label: words, not a figure, and not an indicator's code before it ("QNG-04"). */
const isLabel = (cell: string) => /\p{L}{3,}/u.test(cell) && !FIGURE.test(cell) && !CODE_CELL.test(cell);

/** The number a row's label opens with in a table with no column for it: "1. Full-process online public services". */
const ROW_NUMBER = /^\d{1,2}[.)]\s+(?=\p{L})/u;

/**
 * The targets of every table among a document's blocks (runs of rows with as many cells as their first row,
 * the heading row, that has target columns), and the blocks of those tables: their figures are read here only.
 */
export function tableTargets(blocks: readonly { text: string }[], published: string | null = null): { targets: TableTarget[]; rows: Set<number> } {
  const out: TableTarget[] = [];
  const rows = new Set<number>();
  labelledRows(blocks, out, rows);
  scorecardLines(blocks, out, rows);
  const now = published ? Number(published.slice(0, 4)) : null;
  for (let i = 0; i < blocks.length; i++) {
    const heading = cellsOf(blocks[i]!.text);
    if (!heading) continue;
    // A table of indicators ("Chỉ tiêu / Indicator") whose columns are bare years from the year of the text on: each is that year's
    // target ("TT | Indicator | Unit | TH 2025 | 2026 | 2028 | 2030"); a year before it, or one headed as a result, reports.
    const indicators = heading.some((h) => INDICATOR_HEADING.test(h));
    const columns = heading.map((h, c) => ({ c, h, year: YEAR.exec(h)?.[1] }))
      .filter((col) => col.year && (TARGET_HEADING.test(col.h) ? !RESULT_HEADING.test(col.h.replace(TARGET_HEADING, ''))
        : indicators && now !== null && BARE_YEAR.test(col.h) && Number(col.year) >= now));
    // A column of the national targets beside the text's own ("Mục tiêu tỉnh 2026 / Province 2026 | Mục tiêu quốc gia 2026 / National
    // 2026") holds the benchmarks of the own column of its year, no targets of its own.
    const national = columns.filter((col) => NATIONAL_COLUMN.test(col.h));
    const own = national.length > 0 && national.length < columns.length ? columns.filter((col) => !national.includes(col)) : columns;
    const benchmarks = new Map(own === columns ? [] : national.map((col) => [col.year!, col]));
    const unitColumn = heading.findIndex((h) => UNIT_HEADING.test(h));
    let end = i + 1;
    while (end < blocks.length && cellsOf(blocks[end]!.text)?.length === heading.length) end++;
    if (PLACE_HEADING.test(heading[0]!) && now !== null) {
      placeRows(blocks, heading, i, end, now, out, rows);
      i = end - 1;
      continue;
    }
    // A table whose every row has its final verdict ("Target for 2027-2028 | Achieved | Assessment: Met") reports targets whose time is
    // over, none still to reach.
    const verdict = heading.findIndex((h) => VERDICT_HEADING.test(h));
    // So does one published after its years, with a column of their results ("Kế hoạch 2027 | Thực hiện 2027" in January 2028).
    const resultYears = new Set(heading.filter((h) => RESULT_HEADING.test(h.replace(TARGET_HEADING, ''))).map((h) => YEAR.exec(h)?.[1]));
    const over = end > i + 1 && now !== null && own.length > 0 && (verdict >= 0 && own.every((col) => Number(col.year) <= now)
      && blocks.slice(i + 1, end).every((b) => isFinalVerdict(cellsOf(b.text)![verdict]!))
      || own.every((col) => Number(col.year) < now && resultYears.has(col.year)));
    // A column of a year over before the text ("Goal for 2029 | Result 2029 | Target for 2030" in January 2030) reports a goal met or
    // missed: only the columns of the text's year on are targets.
    const ahead = now === null ? own : own.filter((col) => Number(col.year) >= now);
    if (columns.length > 0) {
      for (let r = i; r < end; r++) rows.add(r);
      for (let r = over ? end : i + 1; r < end; r++) {
        const cells = cellsOf(blocks[r]!.text)!.map((c) => c.replace(ROW_NUMBER, ''));
        // The unit in a column of its own ("Đơn vị / Unit": "%", "enterprises") is the row's, as a unit in brackets would be.
        const unit = unitColumn >= 0 ? cells[unitColumn] : undefined;
        // (A note in brackets in the label, "(cumulative)", gives way to it.)
        const label = cells.findIndex((c, k) => k !== unitColumn && isLabel(c));
        const row = unit && label >= 0
          ? cells.map((c, k) => (k === unitColumn ? '' : k === label ? `${c.replace(UNIT_ASIDE, '')} (${unit})` : c)) : cells;
        // (A column headed by a place and its year, "Gia Lai 2030", is that place's: its heading is read for the place.)
        out.push(...rowTargets(row.map(tidyValue), r, ahead, benchmarks).map((t) => (PLACE_YEAR.test(t.heading) ? { ...t, place: t.heading } : t)));
      }
    }
    i = end - 1;
  }
  return { targets: out, rows };
}

/** A heading cell that names a table's rows as indicators or targets: "Chỉ tiêu / Indicator", "Targets". */
const INDICATOR_HEADING = /\b(?:indicators?|targets?|chỉ tiêu|mục tiêu)\b/iu;
/** A column's heading that names a place and its year: "Gia Lai 2030" (not "Target 2030" or "National 2030"). */
const PLACE_YEAR = new RegExp(String.raw`^(?!.*\b(?:target|plan|goal|objective|national|nationwide|province|city|end)\b)`
  + String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}(?:19|20)\d{2}$`, 'iu');
/** A heading cell that is a year alone, or the end of one: "2028", "End of 2030"; or the place whose year it is: "Gia Lai 2030", "National 2030". */
const BARE_YEAR = /^(?:(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?|(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3})?(?:19|20)\d{2}$/iu;
/** The heading of a column of units: "Unit", "Đơn vị / Unit", "ĐVT". */
const UNIT_HEADING = /^(?:đơn vị(?:\s+tính)?|unit|units|ĐVT)(?:\s*\/\s*(?:đơn vị|unit))?$/iu;

/**
 * A short heading of targets and their year: "MAIN TARGETS OF THE CITY TO 2030", "Article 1. Targets to 2030", "3. Vision to 2045",
 * "Targets by 2030:". Group: the year.
 */
export const TARGETS_HEADING = /^.{0,30}\b(?:targets?|objectives?|goals?|indicators?|milestones?|vision)\b.{0,30}\b((?:19|20)\d{2})\s*:?\s*$/i;
/** A note in brackets on a line of its own, between a heading and its rows: "(figures in brackets are the national targets)". */
const NOTE = /^\s*\([^()]*\)\s*$/;
/** A row of a list of indicators: a label, a colon and its figure ("1. Innovative start-ups: at least 250"). Groups: label, value. */
const LABELLED_ROW = /^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[-•*–+])?\s*(\p{Lu}[^:]{2,100}?):\s+(\S.{0,100})$/u;
/** A value cell that holds a figure or a rank, as FIGURE and TOP read it once tidied (see tidyValue). */
// (A cut may be printed as a change below zero: "−30% vs 2025".)
const VALUE_OPENING = new RegExp(String.raw`^(?:(?:${QUALIFIER}|≥|>=|≤|<=|>|<)\s*)?(?:[−–-]\s*)?(?:\d|between\s+\d|(?:in|among)\s+the\s+top\b|top\s+\d)`, 'iu');

/** A count whose thousands are set off by dots, as Vietnamese prints them: "1.550", "≥ 2.500" (no share: "1.550%" is none). */
const THOUSANDS_DOTS = /(?<=^(?:[≥≤><]\s*)?)\d{1,3}(?:\.\d{3})+(?![\d.,%]|\s*(?:%|per\s*cent))/u;
/**
 * A value written out as FIGURE reads it: "between 45 and 48 per cent" → "45-48%", "2.3 to 2.5%" → "2.3-2.5%", a range whose dash was
 * lost "1.5 2%" → "1.5-2%".
 */
function tidyValue(cell: string): string {
  // (A cut printed below zero, "−30% vs 2025", is a target of its size: the label says what is cut.)
  return cell.replace(/^[−–-]\s*(?=\d)/u, '').replace(THOUSANDS_DOTS, (n) => n.replace(/\./g, '')).replace(/^between\s+(\d[\d.,]*)\s+and\s+/i, '$1-')
    .replace(/^(\d[\d.,]*)\s+to\s+(?=\d)/, '$1-')
    .replace(new RegExp(String.raw`^(${DIGITS})\s+(${DIGITS}(?:${PERCENT_SIGN})?)$`, 'u'), '$1-$2')
    .replace(new RegExp(String.raw`^(${DIGITS})\s+(${DIGITS}${PERCENT_SIGN})`, 'u'), '$1-$2');
}

/**
 * The targets of a list of indicators under a heading that names targets and their year, one indicator a line with its label
 * and figure between a colon, as a plan's appendix prints them:
 *
 *   MAIN TARGETS OF THE CITY TO 2030
 *   1. Share of the digital economy in GRDP: 30% (national: 30%)
 *   2. Innovative start-ups: at least 250
 *
 * Two such rows at least, right under the heading (a note in brackets may stand between). Their blocks join `rows`.
 */
function labelledRows(blocks: readonly { text: string }[], out: TableTarget[], rows: Set<number>): void {
  // (A list's lines are its rows, one block with them all: "• Dossiers handled fully online: ≥ 95%\n• Digital technology firms: 5,000"; a
  // row of it whose value is no figure, "• All 99 communes and wards: intelligent operations screens", is read past.)
  const isRow = (line: string) => VALUE_OPENING.test(LABELLED_ROW.exec(line)?.[2] ?? '');
  const rowsOf = (block: { text: string }) => {
    const lines = block.text.split('\n');
    return lines.every((l) => LABELLED_ROW.test(l)) && lines.some(isRow) ? lines.filter(isRow) : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const heading = TARGETS_HEADING.exec(blocks[i]!.text);
    if (!heading) continue;
    let start = i + 1;
    while (start < blocks.length && NOTE.test(blocks[start]!.text)) start++;
    let end = start;
    const found: { block: number; line: string }[] = [];
    for (let lines = rowsOf(blocks[end] ?? { text: '' }); end < blocks.length && lines; lines = rowsOf(blocks[++end] ?? { text: '' })) {
      found.push(...lines.map((line) => ({ block: end, line })));
    }
    if (found.length < 2) continue;
    const column = { c: 1, h: blocks[i]!.text.trim(), year: heading[1] };
    for (const { block, line } of found) {
      const [, label, value] = LABELLED_ROW.exec(line)!;
      const targets = rowTargets([label!.trim(), tidyValue(value!.trim())], block, [column]);
      out.push(...targets);
      if (targets.length > 0) rows.add(block);
    }
    i = end - 1;
  }
}

/** The heading of a table's first column when its rows are places: "Tỉnh (Province)", "Province", "City", "Địa phương". */
const PLACE_HEADING = /^(?:tỉnh|thành phố|địa phương|provinces?|city|cities|localit(?:y|ies))\b/iu;
/** A footnote's mark after a cell's figure or a row's label: "80% (*)", "Sơn La (**)", "18%*". */
const NOTE_MARK = /\s*(?:\((\*{1,3}|\d)\)|(\*{1,3}))\s*$/u;
/** A footnote of a row whose figures are not adopted: a draft, a proposal. */
const NOT_ADOPTED = /\b(?:draft|not\s+(?:yet\s+)?(?:approved|adopted)|proposed|dự thảo)\b/iu;
/** How many lines after a table its footnotes may run. */
const NOTE_REACH = 6;

/**
 * The targets of a table whose rows are places and whose columns are measures, each dated by its heading ("Province | Digital
 * economy 2030, % of GRDP (national: 32%) | PII rank 2030 | Digital economy 2025 (est.)"): each figure is its row's place's, a
 * column of a year before the text's, or headed as a result or an estimate, reports. A bracketed national figure in a heading is
 * its column's benchmark. A footnote after the table ("(*) … sets the figure for 2028, not 2027") moves a marked cell's deadline
 * to the other year it names, and one that calls a marked row's figures a draft leaves the row out.
 */
function placeRows(
  blocks: readonly { text: string }[], heading: readonly string[], at: number, end: number, now: number, out: TableTarget[], rows: Set<number>,
): void {
  // A column that names no measure ("2030 target") measures what the table's caption names: "Table 2. Selected provincial targets
  // for the digital economy's share of GRDP by 2030 (%)".
  const caption = at > 0 ? captionMeasure(blocks[at - 1]!.text) : undefined;
  const columns = heading.map((h, c) => ({ c, h, year: YEAR.exec(h)?.[1] }))
    .filter((col) => col.c > 0 && col.year && Number(col.year) >= now && !RESULT_HEADING.test(col.h))
    .map((col) => ({ ...col, ...measureOf(col.h) }))
    .map((col) => (caption && GENERIC_MEASURE.test(col.metric) ? { ...col, metric: caption.metric, unit: col.unit ?? caption.unit } : col));
  if (columns.length === 0) return;
  // A column of national figures that names no year of its own ("National (Res. 57)") holds the benchmark of every row's target.
  const nationalColumn = heading.findIndex((h, c) => c > 0 && NATIONAL_COLUMN.test(h) && !YEAR.test(h));
  const notes = new Map<string, string>();
  for (let n = end; n < Math.min(blocks.length, end + NOTE_REACH); n++) {
    const note = /^\s*\((\*{1,3}|\d)\)\s*(.+)$/u.exec(blocks[n]!.text) ?? /^\s*(\*{1,3})\s*(.+)$/u.exec(blocks[n]!.text);
    if (note) notes.set(note[1]!, note[2]!);
  }
  const markOf = (cell: string) => { const m = NOTE_MARK.exec(cell); return m ? m[1] ?? m[2]! : undefined; };
  for (let r = at; r < end; r++) rows.add(r);
  for (let r = at + 1; r < end; r++) {
    const cells = cellsOf(blocks[r]!.text)!;
    const placeMark = markOf(cells[0]!);
    if (placeMark && NOT_ADOPTED.test(notes.get(placeMark) ?? '')) continue;
    const place = cells[0]!.replace(NOTE_MARK, '').trim();
    if (!/\p{L}{2,}/u.test(place)) continue;
    for (const { metric, unit, benchmark, ...col } of columns) {
      const cell = cells[col.c] ?? '';
      const mark = markOf(cell);
      const moved = mark ? [...(notes.get(mark) ?? '').matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => m[1]!).find((y) => y !== col.year) : undefined;
      const labelled = [unit ? `${metric} (${unit})` : metric, tidyValue(cell.replace(NOTE_MARK, ''))];
      const national = nationalColumn >= 0 ? nationalIn({ c: nationalColumn, h: heading[nationalColumn]! }, cells) : null;
      for (const t of rowTargets(labelled, r, [{ c: 1, h: col.h, year: moved ?? col.year! }])) {
        out.push({ ...t, benchmark: t.unit === 'rank' ? null : benchmark ?? national, place });
      }
    }
  }
}

/**
 * What a column of measures measures, as its heading tells it: the English side of a bilingual heading, without its year,
 * with its unit after a comma ("digital economy, % of GRDP") and its national figure in brackets ("(national: 32%)").
 */
function measureOf(heading: string): { metric: string; unit: string | undefined; benchmark: TableTarget['benchmark'] } {
  const english = heading.split(/\s+[-–—/]\s+/).at(-1)!;
  const aside = /\(([^()]*)\)\s*$/.exec(english);
  const benchmark = aside && NATIONAL_COLUMN.test(aside[1]!) ? benchmarkIn({ start: aside.index, end: english.length, text: aside[1]! }, true) : null;
  const bare = (aside ? english.slice(0, aside.index) : english).replace(/\b(?:19|20)\d{2}\b/g, '').replace(/\s+/g, ' ').trim();
  const [metric, unit] = bare.split(/\s*,\s*(?=%|per\s?cent|number|share)/i);
  return { metric: metric!.replace(/\s+(?:rank|ranking|position)$/i, '').replace(/[\s,;:]+$/, ''), unit: unit?.trim(), benchmark };
}

/** A column's measure that names nothing but a target: "2030 target" read without its year. */
const GENERIC_MEASURE = /^(?:targets?|goals?|plans?|objectives?|mục tiêu|kế hoạch|chỉ tiêu)?$/iu;
/** A table's caption: "Table 2. Selected provincial targets for the digital economy's share of GRDP by 2030 (%)". Group: its text. */
const CAPTION = /^(?:table|bảng)\s+\d{1,3}[.:]?\s+(.{5,200})$/iu;
/** What a caption says its targets are for, up to their year or unit. Group: the measure. */
const CAPTION_MEASURE = /\b(?:targets?|goals?|plans?|objectives?)\s+(?:for|on|of)\s+(?:the\s+)?(.+?)(?=\s+(?:by|to|in|for|until)\s+(?:19|20)\d{2}\b|\s*\(|$)/iu;

/** The measure and unit a table's caption names, if the line is a caption that names one. */
function captionMeasure(text: string): { metric: string; unit: string | undefined } | undefined {
  const caption = CAPTION.exec(text.trim())?.[1];
  const measure = caption ? CAPTION_MEASURE.exec(caption)?.[1] : undefined;
  if (!caption || !measure) return undefined;
  const unit = /\((%|per\s?cent)\)\s*$/i.test(caption) ? '%' : undefined;
  return { metric: measure.trim(), unit };
}

/** The heading of a column of national targets: "National 2026", "Mục tiêu quốc gia 2026", "Whole country". */
const NATIONAL_COLUMN = /\b(?:national|nationwide|quốc gia|cả nước|whole country)\b/iu;

/**
 * The targets of one row, one per target column that holds a figure, each with the benchmark the row's national column of its year
 * holds (`benchmarks`: the column of each year), when no aside in its cell gives one.
 */
function rowTargets(
  cells: string[], block: number, columns: { c: number; h: string; year?: string }[], benchmarks: ReadonlyMap<string, { c: number; h: string }> = new Map(),
): TableTarget[] {
  const label = cells.find(isLabel);
  if (!label) return [];
  // Its unit in brackets, or after a comma: "Digital economy (% of GRDP)", "Digital economy, % of GRDP".
  const comma = COMMA_UNIT.exec(label);
  const stated = UNIT_ASIDE.exec(label)?.[1] ?? comma?.[1];
  const metric = (comma ? label.slice(0, comma.index) : label).replace(UNIT_ASIDE, '').trim();
  const out: TableTarget[] = [];
  for (const { c, h, year } of columns) {
    const cell = cells[c] ?? '';
    // "top 15": a rank to reach, in the index the row names ("Rank in the Provincial Innovation Index (PII)").
    const rank = TOP.exec(cell);
    if (rank) {
      // (An index keeps its abbreviation in brackets, by which texts name it: "Provincial Innovation Index (PII)".)
      const named = stated && /^\p{Lu}{2,}$/u.test(stated.trim()) ? label.trim() : metric;
      const index = named.replace(/^(?:rank|ranking|position)\s+(?:in|on)\s+(?:the\s+)?/i, '').replace(/\s+(?:rank|ranking)$/i, '');
      out.push({
        block, metric: index, comparator: 'top', value: Number(rank[1]), max: null, unit: 'rank', deadline: Number(year), benchmark: null, heading: h,
      });
      continue;
    }
    // (An acronym keeps its capitals: "AI use cases".)
    const lowered = /^\p{Lu}\p{Ll}/u.test(metric) ? metric.charAt(0).toLowerCase() + metric.slice(1) : metric;
    // "all 168" (communes with 5G): every one of the row's things, 100%.
    if (ALL_CELL.test(cell.trim())) {
      out.push({ block, metric: lowered, comparator: '=', value: 100, max: null, unit: '%', deadline: Number(year), benchmark: null, heading: h });
      continue;
    }
    const m = FIGURE.exec(cell);
    if (!m) continue;
    const value = numberOf(m[2]!);
    const top = m[3] ? numberOf(m[3]) : null;
    const unit = m[4] ? (stated && /%/.test(stated) ? stated.replace(/\s+/g, ' ') : '%') : countUnit(stated, metric);
    const aside = asidesOf(cell)[0];
    // "Digital economy (% of GRDP)" is named as the sentences name it: "digital economy share of GRDP".
    const base = unit?.startsWith('% of ') ? unit.slice(5) : null;
    out.push({
      block, metric: metricName(lowered, base),
      comparator: symbolComparator(m[1]), value,
      max: top !== null && top > value ? top : null, unit, deadline: Number(year),
      benchmark: aside ? benchmarkIn(aside) : nationalIn(benchmarks.get(year!), cells), heading: h,
    });
  }
  return out;
}

/** The national figure a row's benchmark column holds, told with the column's heading ("National 2026: 80%"), or null ("–", no cell). */
function nationalIn(column: { c: number; h: string } | undefined, cells: readonly string[]): TableTarget['benchmark'] {
  const cell = column ? cells[column.c] : undefined;
  const m = cell === undefined ? null : FIGURE.exec(cell);
  return m ? { value: numberOf(m[2]!), text: `${column!.h.split(/\s*\/\s*/).at(-1)}: ${cell!.trim()}` } : null;
}

/** The unit of a count: a unit in brackets that names things ("(enterprises)"), else the metric's last plural ("Digital technology enterprises"). */
function countUnit(stated: string | undefined, metric: string): string | null {
  // (A note on how it is counted is no unit: "(cumulative)", "(total)".)
  if (stated && !/^(?:number|count|quantity|units?|số lượng|cumulative|accumulated|total|in total|lũy kế)$/i.test(stated.trim())) return stated.trim();
  // (A capital opening the row is the sentence's, an acronym's stays: "SMEs".)
  return [...metric.matchAll(PLURAL)].at(-1)?.[1]?.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) ?? null;
}

function symbolComparator(qualifier: string | undefined): Comparator {
  if (qualifier === '≥' || qualifier === '>=') return '>=';
  if (qualifier === '≤' || qualifier === '<=') return '<=';
  if (qualifier === '>' || qualifier === '<') return qualifier;
  return comparatorOf(qualifier);
}

/**
 * A line of a scorecard giving a year's plan or goal for the indicator told above it, as infographics print them:
 *
 *   02 | KINH TẾ SỐ / DIGITAL ECONOMY
 *   18,9%
 *   tỷ trọng kinh tế số trong GRDP | digital economy share of GRDP (estimate)
 *   Kế hoạch 2026 / 2026 plan: 20,5%
 *   Mục tiêu 2030 / 2030 goal: 27 30%
 *
 * Groups: the label (with its year), the value. Several may share a line between bars ("… 2026 plan: 45 | … 2030 goal: 120"); a
 * block is read so only when it is nothing but such lines.
 */
const PLAN_LINE = /(?:^|\|)\s*([^|:]{0,40}?\b(?:plan|goal|target|kế hoạch|mục tiêu)\b[^|:]{0,20}?)\s*:\s*([^|]{1,30}?)\s*(?=\||$)/giu;
const PLAN_YEAR = /\b((?:19|20)\d{2})\b/;
/** A plan's label, anywhere in a line. */
const PLAN_LABEL = /\b(?:plan|goal|target|kế hoạch|mục tiêu)\b[^|:]{0,20}:/iu;
/** A line that is a figure alone ("74,2%", "1.412", "0,62% GRDP"), or a labelled one ("Xếp hạng 2025 / 2025 rank: 9/34"). */
const FIGURE_LINE = /^(?:[≥≤><]\s*)?\d[\d.,]*\s*%?(?:\s+\p{Lu}{2,5})?$|^[^:|]{2,60}:\s*\S.{0,30}$/u;
/** The number of a scorecard's section: "02 | KINH TẾ SỐ / DIGITAL ECONOMY". */
const SECTION_LINE = /^\s*\d{1,2}\s*\|\s*/;
/** How many lines above its plan line a scorecard's indicator may be told. */
const INDICATOR_REACH = 4;

/** The English side of a line that gives two ("tỷ trọng kinh tế số trong GRDP | digital economy share of GRDP (estimate)"), without its note. */
const englishSide = (text: string) => text.replace(SECTION_LINE, '').split(/\s+[|/]\s+/).at(-1)!.replace(/\s*\([^()]*\)\s*$/, '').trim();

/** A heading in capitals named as a sentence would name it: "PROVINCIAL INNOVATION INDEX" → "Provincial Innovation Index". */
const unshouted = (text: string) => (/\p{Ll}/u.test(text) ? text
  : titleCase(text).replace(/\b(?:Pii|Gdp|Grdp|Ai|R&d)\b/g, (w) => w.toUpperCase()));

/**
 * The indicator a plan line is for: the last line above it (past figures and other labelled lines) that names it, in English when
 * the line gives two languages, else its section's heading. A line that restates its section's things with what sets them apart
 * ("enterprises in operation" under "DIGITAL TECHNOLOGY ENTERPRISES") names them in full: "digital technology enterprises in operation".
 */
function indicatorAbove(blocks: readonly { text: string }[], at: number): string | undefined {
  let told: string | undefined;
  for (let i = at - 1; i >= Math.max(0, at - INDICATOR_REACH); i--) {
    const text = blocks[i]!.text.trim();
    if (FIGURE_LINE.test(text) || PLAN_LABEL.test(text)) continue;
    const named = unshouted(englishSide(text));
    if (!/\p{L}{3,}/u.test(named)) return told;
    if (!SECTION_LINE.test(text)) {
      if (told) return told;
      told = named;
      continue;
    }
    if (!told) return named;
    const things = /(\p{L}+)$/u.exec(named)?.[1]?.toLowerCase();
    return things && told.toLowerCase().startsWith(`${things} `) ? `${named.toLowerCase()}${told.slice(things.length)}` : told;
  }
  return told;
}

/** The targets of a scorecard's plan lines (see PLAN_LINE), each of the indicator told above it; their blocks join `rows`. */
function scorecardLines(blocks: readonly { text: string }[], out: TableTarget[], rows: Set<number>): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (!PLAN_LABEL.test(text)) continue;
    const lines = [...text.matchAll(PLAN_LINE)].filter((m) => PLAN_YEAR.test(m[1]!) && VALUE_OPENING.test(tidyValue(m[2]!)));
    if (lines.length === 0 || lines.map((m) => m[0]).join('').replace(/[|\s]/g, '').length < text.replace(/[|\s]/g, '').length) continue;
    const indicator = indicatorAbove(blocks, i);
    if (!indicator) continue;
    for (const m of lines) {
      const found = rowTargets([indicator, tidyValue(m[2]!.trim())], i, [{ c: 1, h: m[1]!.trim(), year: PLAN_YEAR.exec(m[1]!)![1] }]);
      out.push(...found);
      if (found.length > 0) rows.add(i);
    }
  }
}
