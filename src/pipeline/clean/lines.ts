import type { Line } from '../types.ts';

/** Share of lines at or under WRAP_WIDTH above which a text counts as hard-wrapped. */
const WRAP_SHARE = 0.9;
const WRAP_WIDTH = 100;
const BULLET = /^\s*(?:[•·▪●◦‣∙*+–-]|\d{1,2}[.)])\s+/;

/**
 * Splits normalized text into logical lines: one per non-empty line, or, when the text is
 * hard-wrapped (short lines, paragraphs separated by blank lines), one per paragraph.
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
  const out: Line[] = [];
  let previous: Line | undefined;
  for (const l of raw) {
    const trimmed = l.text.trim();
    if (trimmed === '') { previous = undefined; continue; }
    const text = collapse(trimmed);
    if (wrapped && previous && !BULLET.test(l.text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    const lead = l.text.length - l.text.trimStart().length;
    previous = { text, line: l.line, start: l.start + lead, ...(text !== trimmed ? { spaced: trimmed } : {}) };
    out.push(previous);
  }
  return out;
}

function isHardWrapped(raw: Line[], filled: Line[]): boolean {
  if (filled.length < 6) return false;
  const short = filled.filter((l) => l.text.length <= WRAP_WIDTH).length;
  const followed = raw.filter((l, i) => l.text.trim() !== '' && (raw[i + 1]?.text.trim() ?? '') !== '').length;
  const blankLines = raw.length - filled.length;
  return short / filled.length >= WRAP_SHARE && blankLines > 0 && followed / filled.length >= 0.3;
}

/** Collapses runs of blanks inside a line. */
function collapse(text: string): string {
  if (!text.includes('  ') && !text.includes('\t')) return text;
  return text.replace(/[ \t]{2,}/g, ' ');
}
