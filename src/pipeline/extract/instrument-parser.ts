import { foldCode, NUMBER_LABEL, readCode } from './lexicon/document-codes.ts';
import { describeInstrument, sentenceMarks, type SentenceMarks } from './instrument-context.ts';
import type { Sentence } from './sentences.ts';
import type { InstrumentAttributes, InstrumentType, Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';

/** How an entity of each instrument type is named: "Plan 4/KH-UBND", "Programme 15-CTr/TU". */
const LABEL: Record<InstrumentType, string> = {
  resolution: 'Resolution', decision: 'Decision', directive: 'Directive', conclusion: 'Conclusion', decree: 'Decree',
  plan: 'Plan', actionprogramme: 'Programme', notice: 'Notice', circular: 'Circular', dispatch: 'Dispatch', report: 'Report',
  submission: 'Submission',
};
/** What a report may be named for, before its word: "Verification (Report)". */
export const REPORT_KIND = String.raw`(?:Verification|Appraisal|Inspection|Audit|Explanatory|Assessment|Review)`;
/** Words that name an instrument; a numbered programme is "Programme of Action", "Action Programme" or a bare "Programme" with a CTr code. */
const WORD = String.raw`Resolution|Decision|Directive|Conclusion|Decree|Plan|Action\s+Programme|Programme(?:\s+of\s+Action)?|Notice`
  // (A report may be named for what it does: "Verification Report No. 149/BC-HĐND", "Appraisal Report No. 88/BC-STP".)
  + String.raw`|(?:${REPORT_KIND}\s+)?Report|Submission|(?:Joint\s+)?Circular|Official\s+(?:Dispatch|Letter)|Dispatch`;
/** A code after the number: "NQ/TW", "QĐ-TTg", "UBND-KGVX", "QH15". */
const CODE = String.raw`[A-ZĐ][A-Za-zĐđ\d]*(?:[-/][A-ZĐ][A-Za-zĐđ\d]*)*`;
const NUMBER = String.raw`(\d{1,5})(?:\/(\d{4}))?(?:\s?[-/]\s?(${CODE}))?`;
/** "Resolution No. 57-NQ/TW", "Plan No. 04/KH-UBND", "Official Dispatch No. 1234/UBND-KGVX", "Decree 13/2023/NĐ-CP". */
const SINGLE = new RegExp(String.raw`\b(?:(Central|Politburo|Government)(?:[’']s)?\s+)?(${WORD})\s+(?:(No\b\.?|Number)\s*)?${NUMBER}(?![\w/-])`, 'g');
/** A code alone: "No 12/NQ-CP", "Number: 845/QĐ-TTg", "57-NQ/TW"; its letters name the type. */
const CODE_ONLY = new RegExp(
  String.raw`(?<![\w/.-])(?:(${NUMBER_LABEL})\s*)?(\d{1,5})(?:\/(\d{4}))?([-/])(${CODE})(?![\w/-])`,
  'g',
);
/** What every code has, tested before CODE_ONLY runs: a number, a separator and a capital ("57-NQ", "13/2023/NĐ"). */
const CODED = /\d(?:\/\d{4})?[-/][A-ZĐ]/;
/** A capitalised noun right before "No.", which no instrument word is: what the number is of ("Licence", "Alert", "Permit"). */
const OTHER_KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?!(?:${WORD}|Letter|Document|Text)\s+$)\p{Lu}[\p{L}\p{M}]+\s+$`, 'u');
/** "Resolutions 20, 52 and 36": one mention per number. */
const LIST = new RegExp(String.raw`\b(Resolution|Decision|Directive|Conclusion|Decree|Plan|Notice`
  + String.raw`|Circular)s\s+(?:Nos?\.?\s*)?(\d{1,5}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)\d{1,5})+)`, 'g');
/**
 * Types a text cites by a bare number ("Resolution 57"); a plan, notice, report, circular or dispatch needs "No." or a code ("Plan No. 7"),
 * or the same text to name it with its code ("Plan No. 206/KH-UBND …. Plan 206, dated …").
 */
const BARE_NUMBER_TYPES: ReadonlySet<InstrumentType> = new Set(['resolution', 'decision', 'directive', 'conclusion', 'decree']);
/** A bare number that reads as a year ("Resolution 2025" is no instrument). */
const YEARLIKE = /^(?:19|20)\d\d$/;
/** "Draft Circular 2026/TT-BKHCN": a draft's code holds its year where its number will stand; it has no number yet. */
const DRAFT_BEFORE = /\bdraft\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const isDraftYear = (number: string, text: string, at: number) => YEARLIKE.test(number) && DRAFT_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/** A word glued to a code's end, as a scraped heading runs the code into the place: "31/2026/NQ-HĐNDAn Giang". */
const GLUED_WORD = /(?<=[A-ZĐ\d])[A-ZĐ][a-zđ]+$/;
/** Codes that end in a small letter of their own: the Prime Minister's "TTg", an inspectorate's "TTr". */
const OWN_SMALL_LETTER = /TT[gr]$/;
/** The rest of a capitalised name after a code: " Giang, July 22, 2026". */
const NAME_GOES_ON = /^\s+\p{Lu}[\p{Ll}\p{M}]+/u;
/**
 * A match whose code (group `group`, at the match's end) has the first letters of the next word glued to it cut off: a capitalised
 * word ("NQ-HĐNDAn Giang" → "NQ-HĐND"), or the capital before a letter the code cannot hold ("BKHCN-KHTCHà Nội" → "BKHCN-KHTC").
 */
function unglued(m: RegExpExecArray, group: number, text: string): RegExpExecArray {
  const code = m[group];
  if (!code) return m;
  const end = m.index + m[0].length;
  // (A glued word runs on into the rest of its name: "HĐNDAn Giang"; a code may end in a small letter of its own: "TTg", "TTr".)
  // (Or a word whose next letter no code holds: "NQ-HĐNDLoại văn bản" → "NQ-HĐND".)
  const cut = /\p{Ll}/u.test(text[end] ?? '') && /[A-ZĐ]$/.test(code) ? 1
    : /\p{L}/u.test(text[end] ?? '') && /[A-ZĐ][a-zđ]+$/.test(code) ? GLUED_WORD.exec(code)?.[0].length ?? 0
    : !OWN_SMALL_LETTER.test(code) && NAME_GOES_ON.test(text.slice(end, end + 20)) ? GLUED_WORD.exec(code)?.[0].length ?? 0 : 0;
  if (cut === 0 || cut >= code.length) return m;
  const copy = [...m] as unknown as RegExpExecArray;
  copy[group] = code.slice(0, -cut);
  copy[0] = m[0].slice(0, -cut);
  copy.index = m.index;
  return copy;
}

/** The type an instrument word names, or undefined for a bare "Programme", which only a code makes numbered. */
function typeOfWord(word: string): InstrumentType | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'programme') return undefined;
  if (w.includes('programme')) return 'actionprogramme';
  if (w.includes('dispatch') || w.includes('letter')) return 'dispatch';
  if (w.includes('circular')) return 'circular';
  if (w.endsWith(' report')) return 'report';
  return w as InstrumentType;
}

/** The key of an instrument: type, number without leading zeros, and the code when known. */
export const instrumentKey = (type: string, number: string, code?: string) =>
  `${type}:${Number(number)}${code ? `:${foldCode(code)}` : ''}`;

/** Numbered instruments by word, number and code, or by a code alone, with issuer, date and title when the sentence states them. */
export const instrumentParser: Parser = {
  name: 'ENInstrumentParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const mentions: Mention[] = [];
    if (!/\d/.test(text)) return mentions;
    // The sentence's verbs and dates are read once, for all its instruments, and only when it has one.
    let marks: SentenceMarks | undefined;
    const describe = (index: number, length: number, heading = false) =>
      describeInstrument(text, index, index + length, heading, (marks ??= sentenceMarks(text)));
    for (const found of allMatches(SINGLE, text)) {
      const m = unglued(found, 6, text);
      const [number, year, code, numbered] = [m[4]!, m[5], m[6], Boolean(m[3])];
      const read = code ? readCode(code) : {};
      const worded = typeOfWord(m[2]!);
      const type = read.type ?? worded;
      if (!type) continue;
      const bare = !code && !numbered;
      if (bare && YEARLIKE.test(number)) continue;
      if (code && !year && isDraftYear(number, text, m.index)) continue;
      const cited = coded(sentence, describe, type, m.index, m[0], number, year, code, read.issuer);
      // "Plan 206, dated 22/03/2027, was …": a plan, notice or report by its bare number is the one of that number its own text names
      // with a code, or none (see canonicalKeys).
      mentions.push(bare && !BARE_NUMBER_TYPES.has(type) ? { ...cited, certain: false } : cited);
    }
    // The mentions by word come in order and do not overlap: a code (they come in order too) can only
    // fall in the first of them that ends after it, so each is passed over once.
    const byWord = mentions.length;
    let next = 0;
    for (const found of CODED.test(text) ? allMatches(CODE_ONLY, text) : []) {
      const m = unglued(found, 5, text);
      const [prefix, number, year, code] = [m[1], m[2]!, m[3], m[5]!];
      const read = readCode(code);
      const segments = code.split(/[-/]/).length;
      // "No. 1234/UBND-KGVX" is an official dispatch by its unit code; "Licence No. 58/GP-TTĐT", "Alert No. 27/CB-X" are numbered
      // things of another kind, named by the noun before "No.".
      const dispatch = prefix && /^[A-ZĐ]{2,}/.test(code) && segments >= 2 && !OTHER_KIND_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
      const type = read.type && (segments >= 2 || prefix) ? read.type : dispatch ? 'dispatch' : undefined;
      if (!type) continue;
      const at = m.index + m[0].indexOf(number);
      if (!year && isDraftYear(number, text, at)) continue;
      while (next < byWord && mentions[next]!.end - sentence.start <= at) next++;
      if (next < byWord && mentions[next]!.start - sentence.start <= at) continue;
      mentions.push(coded(sentence, describe, type, at, text.slice(at, m.index + m[0].length), number, year, code, read.issuer, Boolean(prefix)));
    }
    for (const m of allMatches(LIST, text)) {
      const type = typeOfWord(m[1]!)!;
      for (const n of allMatches(/\d{1,5}/g, m[2]!)) {
        const start = m.index + m[0].indexOf(m[2]!) + n.index;
        const first = n.index === 0;
        mentions.push(mention(
          sentence, type, first ? m.index : start, first ? text.slice(m.index, start + n[0].length) : n[0], instrumentKey(type, n[0]),
          { number: String(Number(n[0])) },
        ));
      }
    }
    return mentions;
  },
};

/** A mention with its number and code, described by what the sentence says around it. */
function coded(
  sentence: Sentence, describe: (index: number, length: number, heading?: boolean) => InstrumentAttributes,
  type: InstrumentType, index: number, text: string, number: string, year: string | undefined,
  code: string | undefined, codeIssuer: string | undefined, heading = false,
): Mention {
  const fullCode = [year, code].filter(Boolean).join('/') || undefined;
  const context = describe(index, text.length, heading);
  const attributes: InstrumentAttributes = {
    number: String(Number(number)), ...(fullCode ? { code: fullCode } : {}),
    ...(!context.issuer && codeIssuer ? { issuer: codeIssuer } : {}), ...context,
  };
  return mention(sentence, type, index, text, instrumentKey(type, number, fullCode), attributes, number);
}

/** A mention named by its type's word, the number as written (with any leading zeros: "Plan 04/KH-UBND") and the code. */
function mention(
  sentence: Sentence, type: InstrumentType, index: number, text: string, key: string, attributes: InstrumentAttributes, written = attributes.number,
): Mention {
  const separator = attributes.code ? (/\d\s?([-/])\s?[\dA-ZĐ]/.exec(text)?.[1] ?? '-') : '';
  const label = `${LABEL[type]} ${written}${separator}${attributes.code ?? ''}`;
  return {
    type, key, name: label, block: sentence.block, start: sentence.start + index, end: sentence.start + index + text.length,
    text, sentence, attributes, via: 'name', certain: true,
  };
}
