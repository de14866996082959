import { hasVietnameseLetter } from '../language.ts';

/** Where a line's sides or labels part: a spaced dash or slash, a bar, a bracket, a colon. */
const PARTS = /\s+[-–—/|]\s+|[()]|:\s/g;

/**
 * A sentence of a bilingual page with its Vietnamese sides blanked (offsets kept), when it has an English side too: "Kinh tế
 * số chiếm 27% GRDP - the digital economy to reach 27% of GRDP" is read once, in English, not once in each language, and a
 * Vietnamese label before an English item ("Đến hết năm 2027 (by the end of 2027): at least 70% of households …") is no part of
 * its metric. A sentence in one language is returned as it is.
 */
export function englishSide(text: string): string {
  if (!hasVietnameseLetter(text)) return text;
  const parts: { start: number; end: number; vi: boolean }[] = [];
  let from = 0;
  for (const m of text.matchAll(PARTS)) {
    parts.push(part(text, from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(part(text, from, text.length));
  if (!parts.some((p) => p.vi) || !parts.some((p) => !p.vi && /[A-Za-z]{3,}/.test(text.slice(p.start, p.end)))) return text;
  // (Joined once: a long line of many parts is not copied once for each.)
  const pieces: string[] = [];
  let at = 0;
  for (const p of parts) {
    pieces.push(text.slice(at, p.start), p.vi ? ' '.repeat(p.end - p.start) : text.slice(p.start, p.end));
    at = p.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * A part of a line, and whether it is Vietnamese: its words in lower case, as prose has them, are Vietnamese for the most part
 * (names and places in capitals are in either language: "Phùng Văn Chiến, Vice Chairman, Hà Nội People's Committee" is English).
 */
function part(text: string, start: number, end: number): { start: number; end: number; vi: boolean } {
  const lower = text.slice(start, end).match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? [];
  const vietnamese = lower.filter(hasVietnameseLetter).length;
  return { start, end, vi: vietnamese > 0 && vietnamese * 2 >= lower.length };
}
