import { foldPlace, PLACES } from './lexicon/provinces.ts';
import { isSurname, MARKED_WORD, opensUnlistedName } from './lexicon/surnames.ts';
import { isNameSyllable } from './lexicon/syllables.ts';
import { NOT_NAME_WORDS, PLACE_KIND_BEFORE, PLACE_NOUNS } from './lexicon/stopwords.ts';

/** A candidate personal name in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** True when it starts with a Vietnamese family name; others need a title or honorific before them. */
  vietnamese: boolean;
}

/**
 * A capitalised word, as the pattern `/[\p{Lu}][\p{Ll}\p{M}]+|[\p{Lu}](?=\s)/gu` finds them: an
 * uppercase letter and its lowercase letters and marks, or a lone capital before a space; "Mc" and
 * "Mac" take a second capital ("McAlister"). Scanned by
 * hand (see `capitalWords`), since it runs over every sentence.
 */
const UPPER = 1;
const LOWER_OR_MARK = 2;
const SPACE = 4;
const KNOWN = 8;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER_OR_MARK = /^[\p{Ll}\p{M}]$/u;
const IS_SPACE = /^\s$/;
/** The classes of each BMP code unit, filled in as met. */
const classes = new Uint8Array(0x10000);
const classify = (char: string) => KNOWN
  | (IS_UPPER.test(char) ? UPPER : 0)
  | (IS_LOWER_OR_MARK.test(char) ? LOWER_OR_MARK : 0)
  | (IS_SPACE.test(char) ? SPACE : 0);
/** The classes of a code point. */
function classOf(point: number): number {
  if (point > 0xffff) return classify(String.fromCodePoint(point));
  let c = classes[point]!;
  if (c === 0) classes[point] = c = classify(String.fromCharCode(point));
  return c;
}
/** The code point at `i`, read as a unicode pattern reads it (a lone surrogate is one code point). */
const pointAt = (text: string, i: number) => {
  const unit = text.charCodeAt(i);
  return unit < 0xd800 || unit > 0xdbff ? unit : text.codePointAt(i)!;
};

/** A family name's prefix before a second capital and a lowercase letter: "McAlister", "MacLeod". */
const GAELIC = /^Ma?c[A-Z][a-z]$/;

/** True when one space, nothing else, stands between two words. */
const spaceBetween = (text: string, a: { end: number }, b: { start: number }) => b.start - a.end === 1 && text.charCodeAt(a.end) === 32;

/** The capitalised words of a text, in order (see the pattern above). */
function capitalWords(text: string): { text: string; start: number; end: number }[] {
  const words: { text: string; start: number; end: number }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // ASCII first: only A–Z is uppercase there, only a–z lowercase.
    if (unit < 0x80 && (unit < 0x41 || unit > 0x5a)) { i++; continue; }
    const point = unit < 0xd800 || unit > 0xdbff ? unit : text.codePointAt(i)!;
    const size = point > 0xffff ? 2 : 1;
    if ((classOf(point) & UPPER) === 0) { i += size; continue; }
    let j = i + size;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 0x80) {
        if (c < 0x61 || c > 0x7a) break;
        j++;
        continue;
      }
      const next = pointAt(text, j);
      if ((classOf(next) & LOWER_OR_MARK) === 0) break;
      j += next > 0xffff ? 2 : 1;
    }
    // "McAlister", "MacLeod": a family name's prefix glued to a second capital.
    if (j - i <= 3 && GAELIC.test(text.slice(i, j + 2))) {
      j += 2;
      while (j < n && (classOf(pointAt(text, j)) & LOWER_OR_MARK) !== 0) j++;
    }
    // "H'Lan", "Y'Bih": a given name of the Central Highlands, a capital and an apostrophe glued to a second capital.
    if (j === i + size && j + 2 < n && (text[j] === "'" || text[j] === '’') && (classOf(pointAt(text, j + 1)) & UPPER) !== 0
      && (classOf(pointAt(text, j + 2)) & LOWER_OR_MARK) !== 0) {
      j += 2;
      while (j < n && (classOf(pointAt(text, j)) & LOWER_OR_MARK) !== 0) j++;
    }
    if (j > i + size || (j < n && (classOf(text.charCodeAt(j)) & SPACE) !== 0)) {
      words.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
    } else i += size;
  }
  return words;
}

/**
 * A short family name before a hyphenated given name, the shape of Korean names in English ("Kwon Tae-ho",
 * "Lee Jae-hoon"): a name whether or not a title stands before it.
 */
function hyphenatedGiven(text: string, first: { text: string; end: number }, next: { text: string; start: number; end: number } | undefined): boolean {
  // The name ends there: "Start-up Challenge" goes on with a capitalised word, and is no name; "Đà Nẵng-based" is a place made an
  // adjective by an English word.
  return next !== undefined && first.text.length <= 5 && next.text.length <= 5 && spaceBetween(text, first, next)
    && /^-(?!(?:based|born|led|owned|run|made|backed|level|wide|scale)\b)\p{Ll}{1,5}(?![\p{L}-])(?!\s+\p{Lu})/u.test(text.slice(next.end));
}

/** An acronym right after a run of capitalised words: " AI JSC", " JSC" (which capitalWords does not read as words). */
const ACRONYM_AFTER = /^ \p{Lu}{2,}(?![\p{Ll}\p{M}])/u;

/** Vietnamese "Mr" and "Mrs", which are family names too ("Ông", "Bà"). */
const HONORIFIC_FAMILY = /^(?:Ông|Bà)$/u;
/** A Vietnamese middle name that marks a man's or a woman's name, second in it: "(Quang) Van (Tien)", "(Lo) Thi (Mai)". */
const MIDDLE_NAME = /^(?:Văn|Van|Thị|Thi)$/u;

/**
 * A comma after a run of capitalised words, opening an apposition (a cheap test before `apposed`), or a dash set apart by blanks, as
 * a roster writes a name and its title ("A Thiết – Deputy Director of …").
 */
const APPOSITION_NEXT = /^\s*(?:,|\s[-–—](?=\s))\s+\S/;

/** Whether the word at `k` opens a Vietnamese name no list holds (see opensUnlistedName), with the words after it in its run. */
function unlistedFamilyName(text: string, words: readonly { text: string; start: number; end: number }[], k: number): boolean {
  const previous = words[k - 1];
  if (!previous || !spaceBetween(text, previous, words[k]!)) return false;
  let n = 1;
  while (k + n < words.length && n < 4 && spaceBetween(text, words[k + n - 1]!, words[k + n]!) && isNameSyllable(words[k + n]!.text)) n++;
  return opensUnlistedName(words.slice(k - 1, k + n).map((w) => w.text), 1) && !PLACE_NOUNS.test(text.slice(words[k + n - 1]!.end).trimStart());
}

/**
 * Capitalized word runs shaped like personal names: a family name and one to three given
 * names, each of the shape of a Vietnamese syllable, or (when `titled(start)` says a title or honorific stands before) any two to four
 * capitalized words. Runs inside a longer proper noun ("Ho Chi Minh City") or before a place
 * noun ("Ha Tinh province") are not names.
 */
export function findNames(text: string, titled: (start: number) => boolean, apposed: (end: number) => boolean = () => false): NameSpan[] {
  const words = capitalWords(text);
  const spans: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    // "Park", "Long" … are no names' first words, unless a hyphenated given name follows ("Park Min-ho").
    const korean = hyphenatedGiven(text, first, words[i + 1]);
    // "Ông Văn Lực": "Ông" (also a family name) before a middle name and a given name is the family name, not "Mr".
    const honorificFamily = HONORIFIC_FAMILY.test(first.text) && MIDDLE_NAME.test(words[i + 1]?.text ?? '')
      && isNameSyllable(words[i + 2]?.text ?? '') && spaceBetween(text, first, words[i + 1]!);
    if (NOT_NAME_WORDS.has(first.text) && !korean && !honorificFamily) continue;
    let vietnamese = isSurname(first.text) || unlistedFamilyName(text, words, i) || honorificFamily;
    const named = vietnamese || titled(first.start) || korean;
    // Otherwise a name only with a title in apposition after it ("…, said Helena Marsh, Resident Representative of …").
    // (A comma after the second or the third word: "Helena Marsh, …", "Lim Hui Qing, …".)
    const commaAfter = (w: { end: number } | undefined) => w !== undefined && APPOSITION_NEXT.test(text.slice(w.end, w.end + 12));
    const second = words[i + 1] && spaceBetween(text, first, words[i + 1]!) ? words[i + 1] : undefined;
    const third = second && words[i + 2] && spaceBetween(text, second, words[i + 2]!) ? words[i + 2] : undefined;
    // (A word after which a title stands, "Professor Helen McAlister, …", "… Affairs Kristjan Lepp, …", is the title's, not the name's.)
    const apposition = second ? commaAfter(second) || commaAfter(third) : commaAfter(first);
    if (!named && (!apposition || (!commaAfter(second) && commaAfter(third) && titled(second!.start)))) continue;
    let j = i;
    const extend = (fits: (w: string) => boolean) => {
      while (j + 1 < words.length && j - i < 3 && spaceBetween(text, words[j]!, words[j + 1]!) && fits(words[j + 1]!.text)) j++;
    };
    // (A clan name last, as the Ede write it, may be no syllable of that shape: "H'Mai Êban".)
    extend(vietnamese ? (w: string) => (isNameSyllable(w) || isSurname(w)) && !PLACE_NOUNS.test(w) : (w: string) => !NOT_NAME_WORDS.has(w));
    // A family name of a people whose given names are no Kinh syllables ("Rơ Mah Tuấn") is read as any titled name is; so is a Korean
    // family name that is also a Vietnamese one, before a hyphenated given name ("Kim Jae-won").
    // (So is a name of the Ede and other peoples of the Central Highlands that opens with "Y": "Y Kim Êban", "Y Biêr Niê".)
    if (vietnamese && first.text === 'Y' && words[j + 1] && spaceBetween(text, words[j]!, words[j + 1]!) && !isNameSyllable(words[j + 1]!.text)) {
      vietnamese = false;
      extend((w: string) => !NOT_NAME_WORDS.has(w));
    }
    if (j === i && vietnamese && (titled(first.start) || korean)) {
      vietnamese = false;
      extend((w: string) => !NOT_NAME_WORDS.has(w));
    }
    if (j === i) continue;
    if (!named && (j - i > 2 || !apposed(words[j]!.end))) { i = j; continue; }
    // "Director of Cà Mau General Hospital Tạ Thị Ngọc": after a title's word, a run of other words that ends in a whole
    // Vietnamese name is that name.
    // (Unless the run is a whole name whose family name no list holds, as its middle name shows: "Quang Van Tien", a Thái "Quàng"
    // written without its marks.)
    const wholeName = MIDDLE_NAME.test(words[i + 1]?.text ?? '') && words.slice(i, j + 1).every((w) => isNameSyllable(w.text));
    if (wholeName) vietnamese = true;
    if (!vietnamese) {
      const inner = words.slice(i + 1, j).findIndex((w, k) => (isSurname(w.text) || unlistedFamilyName(text, words, i + 1 + k))
        && words.slice(i + 2 + k, j + 1).every((v) => isNameSyllable(v.text)));
      const before = words.slice(i, i + 1 + inner);
      // (Words with the alphabet's marks before it are the name's: "(Kră Jăn) Ha Sơn" after a title is one name, where "Cà Mau General
      // Hospital (Tạ Thị Ngọc)" is a body and a name.)
      const ofTheName = inner !== -1 && before.every((w) => MARKED_WORD.test(w.text))
        && !PLACES.has(foldPlace(text.slice(first.start, before.at(-1)!.end)));
      if (inner !== -1 && !ofTheName) { i += inner; continue; }
    }
    const last = words[j]!;
    const after = text.slice(last.end);
    const nextWord = words[j + 1];
    const gluedToNext = nextWord && spaceBetween(text, last, nextWord);
    // ("Lạc Hồng AI JSC": a run before an acronym is a firm's name, though its words are a name's.)
    if (gluedToNext || ACRONYM_AFTER.test(after) || PLACE_NOUNS.test(after.trimStart()) || /^[’']s?\s+(?:province|city)/.test(after)) {
      // "Director of Vĩnh Long General Hospital Lâm Thị Thu Ba": a titled run of other words may run into a Vietnamese name.
      const inner = vietnamese ? -1 : words.slice(i + 1, j + 1).findIndex((w) => isSurname(w.text));
      i = inner === -1 ? j : i + inner;
      continue;
    }
    // "a deputy for Hà Nội": a run that is a listed province or city whole is the place, though "Hà" is also a family name.
    if (vietnamese && PLACES.has(foldPlace(text.slice(first.start, last.end)))) { i = j; continue; }
    if (/(?:photo|ảnh|image|credit)\s*:\s*$|\bphoto by\s*$/i.test(text.slice(Math.max(0, first.start - 14), first.start))) { i = j; continue; }
    // "Thành phố Hồ Chí Minh": a place named with its kind in Vietnamese ("city", "province"), not a person.
    if (PLACE_KIND_BEFORE.test(text.slice(Math.max(0, first.start - 10), first.start))) { i = j; continue; }
    // A hyphenated given name ends the name whole ("Choi Dong-wook", "Kim Jae-Hyun").
    const end = last.end + (/^-[\p{L}\p{M}]+/u.exec(after)?.[0].length ?? 0);
    spans.push({ start: first.start, end, text: text.slice(first.start, end), vietnamese });
    i = j;
  }
  return spans;
}
