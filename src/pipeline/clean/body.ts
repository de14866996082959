import type { Block, Line } from '../types.ts';
import { BUTTONS, CAPTION_MARKER, IMAGE_MARKUP, PHOTO_CREDIT, SENTENCE_END } from './patterns.ts';

const CAPTION_MAX_CHARS = 300;
const HEADING_MAX_WORDS = 15;
const HEADING_MAX_CHARS = 100;
const LIST_ITEM = /^(?:[•·▪●◦‣∙*+–-])\s+(.+)$/;
/** A line that opens with a pictograph ("✅ At least 90% of homestays …"): an item of a list when a line beside it opens with the same one. */
const EMOJI_ITEM = /^(\p{Extended_Pictographic}\uFE0F?)\s+(.+)$/u;
/** The marks that quote a line, a forum's or a mail's: "> ", ">> "; not a sign before a share ("> 90% of households"), which is "more than". */
const QUOTED = /^(?:>\s?)+(?=\S)(?!\d[\d.,]*\s*(?:%|per\s?cent))/;
/** A word every photo credit and caption marker has: lines without one are not searched for them. */
const PICTURE_WORD = /photo|ảnh|image|picture/i;

/** Why a line was left out of the body. */
export interface Removed {
  line: number;
  text: string;
  reason: string;
}

/** A few words in square brackets alone on a line, no digit, no sentence: a transcript's "[Opening music]", "[Laughter]". */
const STAGE_DIRECTION = /^\[\p{L}[\p{L}\s'’-]{0,38}\]$/u;
/**
 * A chat transcript's message from its system, not a participant: "[2029-10-03 09:40:55] System: Conversation ended by the agent.",
 * "System: Agent #12 joined the chat".
 */
const SYSTEM_MESSAGE = /^(?:\[[\d\s:./T+-]{4,30}\]\s*)?System\s*:\s/u;

/**
 * Turns the article's lines into blocks: image markup is dropped, captions (a line after an
 * image ending in a table-cell bar, or ending in a photo credit) become captions, bullet runs
 * become lists, short unpunctuated lines followed by text become headings, the rest paragraphs.
 */
export function readBody(lines: Line[], removed: Removed[]): Block[] {
  const blocks: Block[] = [];
  let afterImage = false;
  for (const [i, line] of lines.entries()) {
    // "> - 5G coverage of all inhabited areas …": a forum's or a mail's quotation marks are no part of the text they quote, which is
    // read as if unquoted (its offsets after them).
    const quoted = QUOTED.exec(line.text)?.[0].length ?? 0;
    const text = line.text.slice(quoted);
    const base = { line: line.line, start: line.start + quoted, end: line.start + line.text.length };
    if (IMAGE_MARKUP.test(text)) {
      removed.push({ line: line.line, text, reason: 'image markup' });
      afterImage = true;
      continue;
    }
    // (So is a transcript's stage direction in brackets alone on its line: "[Opening music]", "[Applause]".)
    if (STAGE_DIRECTION.test(text.trim())) {
      removed.push({ line: line.line, text, reason: 'stage direction' });
      continue;
    }
    // (So is a chat transcript's system message: "[2029-10-03 09:40:55] System: Conversation ended by the agent.")
    if (SYSTEM_MESSAGE.test(text.trim())) {
      removed.push({ line: line.line, text, reason: 'system message' });
      continue;
    }
    // (A row of the page's buttons is the page's, wherever it stands.)
    if (BUTTONS.test(text.trim())) {
      removed.push({ line: line.line, text, reason: 'page controls' });
      continue;
    }
    const caption = readCaption(text, afterImage);
    afterImage = false;
    if (caption) { blocks.push({ kind: 'caption', ...caption, ...base }); continue; }
    const emoji = EMOJI_ITEM.exec(text);
    const mark = emoji?.[1];
    const item = LIST_ITEM.exec(text) ?? (mark && [lines[i - 1], lines[i + 1]].some((l) => l?.text.startsWith(`${mark} `)) ? [text, emoji![2]!] : null);
    if (item) {
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.items) {
        last.items.push(item[1]!);
        last.text = last.items.join('\n');
        last.end = base.end;
      } else blocks.push({ kind: 'list', text: item[1]!, items: [item[1]!], ...base });
      continue;
    }
    const next = lines[i + 1];
    const kind = next && isHeading(text) && !IMAGE_MARKUP.test(next.text) ? 'heading' : 'paragraph';
    blocks.push({ kind, text, ...base });
  }
  return blocks;
}

/** A caption's text and credit, or undefined when the line is not a caption. */
export function readCaption(text: string, afterImage: boolean): { text: string; credit?: string } | undefined {
  if (text.length > CAPTION_MAX_CHARS) return undefined;
  const pictured = PICTURE_WORD.test(text);
  const credit = pictured ? PHOTO_CREDIT.exec(text) : null;
  if (credit) {
    const keep = /^[.!?]/.test(credit[0]) ? 1 : 0;
    const body = text.slice(0, credit.index + keep).trim().replace(/\s*\|$/, '');
    const name = (credit[1] ?? credit[2] ?? '').trim();
    return { text: body, ...(name ? { credit: name } : {}) };
  }
  if (pictured && CAPTION_MARKER.test(text)) return { text: text.replace(/\s*\|\s*$/, '').trim() };
  if (afterImage && /\|\s*$/.test(text)) return { text: text.replace(/\s*\|\s*$/, '').trim() };
  return undefined;
}

/** A heading: short, capitalized, no sentence punctuation at the end. */
export function isHeading(text: string): boolean {
  return (
    text.length <= HEADING_MAX_CHARS &&
    text.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !SENTENCE_END.test(text) &&
    /^(?:\d{1,2}[.)]\s+)?[\p{Lu}]/u.test(text)
  );
}
