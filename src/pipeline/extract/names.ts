import { isSurname } from './lexicon/surnames.ts';
import { isNameSyllable } from './lexicon/syllables.ts';
import { NOT_NAME_WORDS, PLACE_NOUNS } from './lexicon/stopwords.ts';
import { allMatches } from './all-matches.ts';

/** A candidate personal name in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** True when it starts with a Vietnamese family name; others need a title or honorific before them. */
  vietnamese: boolean;
}

const WORD = /[\p{Lu}][\p{Ll}\p{M}]+|[\p{Lu}](?=\s)/gu;

/**
 * Capitalized word runs shaped like personal names: a family name and one to three given
 * names, each of the shape of a Vietnamese syllable, or (when `titled(start)` says a title or honorific stands before) any two to four
 * capitalized words. Runs inside a longer proper noun ("Ho Chi Minh City") or before a place
 * noun ("Ha Tinh province") are not names.
 */
export function findNames(text: string, titled: (start: number) => boolean): NameSpan[] {
  const words = allMatches(WORD, text).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const spans: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (NOT_NAME_WORDS.has(first.text)) continue;
    const vietnamese = isSurname(first.text);
    if (!vietnamese && !titled(first.start)) continue;
    let j = i;
    const fits = vietnamese ? (w: string) => isNameSyllable(w) && !PLACE_NOUNS.test(w) : (w: string) => !NOT_NAME_WORDS.has(w);
    while (j + 1 < words.length && j - i < 3 && text.slice(words[j]!.end, words[j + 1]!.start) === ' ' && fits(words[j + 1]!.text)) j++;
    if (j === i) continue;
    const last = words[j]!;
    const after = text.slice(last.end);
    const nextWord = words[j + 1];
    const gluedToNext = nextWord && text.slice(last.end, nextWord.start) === ' ';
    if (gluedToNext || PLACE_NOUNS.test(after.trimStart()) || /^[’']s?\s+(?:province|city)/.test(after)) { i = j; continue; }
    if (/(?:photo|ảnh|image|credit)\s*:\s*$|\bphoto by\s*$/i.test(text.slice(Math.max(0, first.start - 14), first.start))) { i = j; continue; }
    spans.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), vietnamese });
    i = j;
  }
  return spans;
}
