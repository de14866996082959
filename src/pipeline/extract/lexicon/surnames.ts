import { fold } from '../fold.ts';
import { isNameSyllable } from './syllables.ts';

/**
 * Vietnamese family names, folded: the common Kinh ones, which cover nearly the whole population, and
 * common family names of ethnic minorities whose officials the texts name.
 * A capitalized word from this list followed by one to three more starts a candidate name.
 * Source: lists of Vietnamese family names by frequency (e.g. Wikipedia "Vietnamese name").
 */
export const SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo',
  'duong', 'ly', 'to', 'luong', 'thai', 'dinh', 'truong', 'cao', 'mai', 'ha', 'lam', 'trinh', 'doan', 'chu',
  'kieu', 'tong', 'ta', 'quach', 'lai', 'hua', 'khuat', 'nong', 'thach', 'giang', 'lu', 'luu', 'vuong',
  'trieu', 'dao', 'tang', 'nghiem', 'au', 'chau', 'phung', 'tieu', 'dam', 'kim', 'mac', 'ton', 'diep',
  'bach', 'la', 'hau', 'khong', 'lang', 'lo', 'lac', 'quan', 'thieu', 'ung', 'van', 'vi', 'y', 'dien', 'kha',
  'ma', 'giap', 'ong', 'sam', 'phi', 'luc', 'dong', 'ninh', 'tiet', 'chung', 'pho', 'khuc', 'khuong', 'than', 'cu', 'lieu', 'nham',
  // Family names of the Central Highlands and northern mountain peoples (Jrai, Ede, Hmong). A Jrai family name may be written as two
  // words, its first "Rơ" ("Rơ Châm", "Rơ Mah"): the name runs on from it.
  'siu', 'ksor', 'rmah', 'kpa', 'sung', 'vang', 'mua', 'ka', 'rơ', 'niê', 'êban',
  // Tày and Thái family names (Bế, Đèo).
  'bế', 'đèo',
  // A Khmer woman's name of the Mekong opens with "Néang" as a family name would ("Néang Thị Sô Phia"); "Danh" is a Khmer family name
  // of the Mekong ("Danh Hoàng Phúc").
  'néang', 'danh',
].map(fold));

/**
 * Family names of the northern mountain peoples (Thái, Hmong, Dao) whose folded spelling is a common word or place ("Quàng" is
 * "Quang", "Cầm" is "Cam"): a family name only as written, with its diacritics. So is "Điểu", a Stiêng and M'nông family name of the
 * south-east, folded as "Điều" (an article of a law) is.
 */
const MARKED_SURNAMES: ReadonlySet<string> = new Set(['Quàng', 'Cầm', 'Lường', 'Tòng', 'Điêu', 'Thào', 'Tẩn', 'Hờ', 'Vừ', 'Lầu', 'Chẻo',
  'Điểu']);

/**
 * The first word of a woman's name among the Ede and Jrai, "H'" and her given name, that opens it as "Y" opens a man's ("H'Mai Êban",
 * "Y Khoa Byă"); not the people's name "H'Mông".
 */
const H_GIVEN = /^H['’](?!M[ôo]ng$)\p{Lu}\p{Ll}+$/u;

/** True when a word is a Vietnamese family name, or opens a name as one does (H_GIVEN). */
export const isSurname = (word: string) => SURNAMES.has(fold(word)) || MARKED_SURNAMES.has(word.normalize('NFC')) || H_GIVEN.test(word.normalize('NFC'));

/** True when words are shaped as a Vietnamese name: a family name, then syllables ("Trần Văn Lộc"). */
export const isVietnameseName = (words: readonly string[]) => words.length > 0 && isSurname(words[0]!)
  && words.every((w) => isNameSyllable(w) || isSurname(w));

/**
 * A word with the marks of the Vietnamese alphabet, which no English word of a body's name has (a name of the Central Highlands'
 * peoples, "Kră Jăn", is told by them).
 */
export const MARKED_WORD = /[^\x00-\x7F]/;

/**
 * Whether `words[i]` opens a Vietnamese name by its shape though no list holds its family name: a word with the alphabet's marks, then
 * two or three more to the run's end, each a name's syllable, right after a word of no such shape, as a title's body ends before the
 * name ("… the Ministry of Finance Mẫn Thị Thu Trang", "… of Science and Technology Viên Đức Mạnh").
 */
// (Its first word may be no one syllable when a middle name of the Kinh follows it: "… Department of Justice Pinăng Văn Thuận", a Raglai
// family name.)
export const opensUnlistedName = (words: readonly string[], i: number) => i > 0 && words.length - i >= 3 && words.length - i <= 4
  && MARKED_WORD.test(words[i]!) && !isNameSyllable(words[i - 1]!) && words.slice(i + 1).every(isNameSyllable)
  && (isNameSyllable(words[i]!) || MIDDLE_NAME.test(words[i + 1]!));
/** A Kinh middle name that tells a man's or a woman's name: "Văn", "Thị". */
const MIDDLE_NAME = /^(?:Văn|Thị)$/u;
