import type { Line } from '../types.ts';

/** Share of lines at or under WRAP_WIDTH above which a text counts as hard-wrapped. */
const WRAP_SHARE = 0.9;
const WRAP_WIDTH = 100;
const BULLET = /^\s*(?:[•·▪●◦‣∙*+–-]|\d{1,2}[.)])\s+/;

/**
 * Splits normalized text into logical lines: one per non-empty line, or, when the text is
 * hard-wrapped (short lines, paragraphs separated by blank lines), one per paragraph; a text wrapped wider joins the lines
 * that broke at its width.
 * Inner runs of spaces are collapsed (a line keeps them as `spaced`); offsets keep pointing into the text.
 */
export function logicalLines(text: string): Line[] {
  const raw: Line[] = [];
  let start = 0;
  text.split('\n').forEach((value, i) => {
    raw.push({ text: value, line: i + 1, start });
    start += value.length + 1;
  });
  const filled = raw.filter((l) => l.text.trim() !== '');
  const wrapped = isHardWrapped(raw, filled);
  const wideWrap = wrapped ? undefined : wideWrapWidth(raw, filled);
  const out: Line[] = [];
  let previous: Line | undefined;
  let before = '';
  for (const l of raw) {
    const trimmed = l.text.trim();
    if (trimmed === '') { previous = undefined; continue; }
    const text = collapse(trimmed);
    const continued = wideWrap !== undefined && previous !== undefined && breaksAt(before, trimmed, wideWrap);
    before = trimmed;
    if ((wrapped || continued) && previous && !BULLET.test(l.text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    const lead = l.text.length - l.text.trimStart().length;
    previous = { text, line: l.line, start: l.start + lead, ...(text !== trimmed ? { spaced: trimmed } : {}) };
    out.push(previous);
  }
  return out;
}

/** How near the width a wrapped line runs, as a share of it. */
const WIDE_WRAP_FILL = 0.75;
/** The widest lines a text wrapped at a width is read as, and how many of its lines must break at that width. */
const WIDE_WRAP_MAX = 180;
const WIDE_WRAP_BREAKS = 3;
/** A line that ends a sentence or a heading: the next line starts anew, unless it goes on in lower case. */
const LINE_END = /[.!?:;]["”’)]?$/;

/**
 * The width of a text wrapped wider than WRAP_WIDTH with its paragraphs apart ("…, said Anika Raman," / "Research Director of …"
 * at 140 characters), or undefined: its widest line is at most WIDE_WRAP_MAX, and at least WIDE_WRAP_BREAKS lines run near that
 * width into a line that goes on with the same sentence.
 */
function wideWrapWidth(raw: Line[], filled: Line[]): number | undefined {
  if (filled.length === raw.length) return undefined;
  // A loop, not Math.max(...): a text of a hundred thousand lines overflows the call stack with its arguments.
  let width = 0;
  for (const l of filled) width = Math.max(width, l.text.trimEnd().length);
  if (width <= WRAP_WIDTH || width > WIDE_WRAP_MAX) return undefined;
  // One break at least goes on in lower case, inside a sentence: long lines in a row that each start with a capital (a list of
  // related headlines) are not one paragraph.
  let breaks = 0;
  let inSentence = false;
  for (let i = 0; i + 1 < raw.length && (breaks < WIDE_WRAP_BREAKS || !inSentence); i++) {
    const next = raw[i + 1]!.text.trim();
    if (next === '' || !breaksAt(raw[i]!.text.trim(), next, width)) continue;
    breaks++;
    inSentence ||= /^\p{Ll}/u.test(next);
  }
  return breaks >= WIDE_WRAP_BREAKS && inSentence ? width : undefined;
}

/** Whether a line broke at a text's width into the next, which goes on with its sentence. */
function breaksAt(line: string, next: string, width: number): boolean {
  return line.length >= WIDE_WRAP_FILL * width && !BULLET.test(next) && !ITEMS.test(line) && (!LINE_END.test(line) || /^\p{Ll}/u.test(next));
}

/** A line of items set apart by bars (a site's menu, a table's row), which no wrapping breaks into the next line. */
const ITEMS = /\s\|\s.*\s\|\s/;

/** How near its width a wrapped line runs, and the share of the lines that go on into the next that must run so near. */
const WRAP_FILL = 0.6;
const WRAP_FILLED_SHARE = 0.5;

function isHardWrapped(raw: Line[], filled: Line[]): boolean {
  if (filled.length < 6) return false;
  const short = filled.filter((l) => l.text.length <= WRAP_WIDTH);
  const followed = raw.filter((l, i) => l.text.trim() !== '' && (raw[i + 1]?.text.trim() ?? '') !== '');
  const blankLines = raw.length - filled.length;
  if (short.length / filled.length < WRAP_SHARE || blankLines === 0 || followed.length / filled.length < 0.3) return false;
  // A wrapped line breaks near the text's width: lines of every length in a row (a slide deck's "OUTLINE", "1. Legal basis",
  // "• Resolution 57-NQ/TW of the Politburo (22/12/2024)") are lines of their own, not one paragraph.
  let width = 0;
  for (const l of short) width = Math.max(width, l.text.trimEnd().length);
  const near = followed.filter((l) => l.text.trimEnd().length >= WRAP_FILL * width).length;
  return near / followed.length >= WRAP_FILLED_SHARE;
}

/** Collapses runs of blanks inside a line. */
function collapse(text: string): string {
  if (!text.includes('  ') && !text.includes('\t')) return text;
  return text.replace(/[ \t]{2,}/g, ' ');
}
