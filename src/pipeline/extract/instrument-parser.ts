import { findFullDates, isoDate } from '../dates.ts';
import { ISSUER_BY_CODE } from './lexicon/document-codes.ts';
import type { Sentence } from './sentences.ts';
import type { EntityType, InstrumentAttributes, Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';

const KINDS: Record<string, EntityType> = {
  resolution: 'resolution', decision: 'decision', directive: 'directive', conclusion: 'conclusion', decree: 'decree',
};
const NUMBER = String.raw`(\d{1,5})(?:\/(\d{4}))?(?:\s?[-/]\s?([A-ZĐ][A-Za-zĐđ\d]*(?:[-/][A-ZĐ][A-Za-zĐđ\d]*)*))?`;
/** "Resolution No. 57-NQ/TW", "Central Resolution No. 57", "Decision No. 1131/QĐ-TTg", "Decree 13/2023/NĐ-CP". */
const SINGLE = new RegExp(String.raw`\b(?:(Central|Politburo|Government)(?:[’']s)?\s+)?(Resolution|Decision|Directive|Conclusion|Decree)\s+(?:No\.?\s*)?${NUMBER}(?![\w/-])`, 'g');
/** "Resolutions 20, 52 and 36": one mention per number. */
const LIST = /\b(Resolution|Decision|Directive|Conclusion|Decree)s\s+(?:Nos?\.?\s*)?(\d{1,5}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)\d{1,5})+)/g;

/** Folds a code for matching: uppercase, Đ → D, one separator style. */
export const foldCode = (code: string) => code.toUpperCase().replace(/Đ/g, 'D').replace(/\s+/g, '');

/** The key of an instrument: type, number without leading zeros, and the code when known. */
export const instrumentKey = (type: string, number: string, code?: string) =>
  `${type}:${Number(number)}${code ? `:${foldCode(code)}` : ''}`;

/** Legal instruments by number and code, with issuer, date and title when the sentence states them. */
export const instrumentParser: Parser = {
  name: 'ENInstrumentParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const mentions: Mention[] = [];
    for (const m of allMatches(SINGLE, text)) {
      const type = KINDS[m[2]!.toLowerCase()]!;
      const [number, year, code] = [m[3]!, m[4], m[5]];
      const fullCode = [year, code].filter(Boolean).join('/') || undefined;
      const attributes: InstrumentAttributes = { number: String(Number(number)), ...(fullCode ? { code: fullCode } : {}), ...describe(text.slice(m.index + m[0].length), code) };
      mentions.push(mention(sentence, type, m.index, m[0], instrumentKey(type, number, fullCode), attributes, number));
    }
    for (const m of allMatches(LIST, text)) {
      const type = KINDS[m[1]!.toLowerCase()]!;
      for (const n of allMatches(/\d{1,5}/g, m[2]!)) {
        const start = m.index + m[0].indexOf(m[2]!) + n.index;
        const first = n.index === 0;
        mentions.push(mention(sentence, type, first ? m.index : start, first ? text.slice(m.index, start + n[0].length) : n[0], instrumentKey(type, n[0]), { number: String(Number(n[0])) }));
      }
    }
    return mentions;
  },
};

function mention(sentence: Sentence, type: EntityType, index: number, text: string, key: string, attributes: InstrumentAttributes, written = attributes.number): Mention {
  const separator = attributes.code ? (/\d\s?([-/])\s?[\dA-ZĐ]/.exec(text)?.[1] ?? '-') : '';
  const label = `${type[0]!.toUpperCase()}${type.slice(1)} ${written}${separator}${attributes.code ?? ''}`;
  return {
    type, key, name: label, block: sentence.block, start: sentence.start + index, end: sentence.start + index + text.length,
    text, sentence, attributes, via: 'name', certain: true,
  };
}

/** Date ("dated December 22, 2024"), issuer ("of the Politburo", or from the code) and title ("on breakthroughs in …") after a mention. */
function describe(after: string, code?: string): InstrumentAttributes {
  const out: InstrumentAttributes = {};
  let rest = after;
  const dated = /^,?\s*(?:dated|of|issued on|signed on)\s+/.exec(rest);
  if (dated) {
    const [date] = findFullDates(rest.slice(0, 40));
    if (date && date.index <= dated[0].length) {
      out.date = isoDate(date);
      rest = rest.slice(date.index + date.text.length);
    }
  }
  const issuer = /^,?\s*(?:of|by|from)\s+the\s+((?:\d+(?:st|nd|rd|th)\s+)?[\p{Lu}][\p{L}’']*(?:\s+[\p{Lu}][\p{L}’']*){0,5})/u.exec(rest);
  if (issuer) {
    out.issuer = issuer[1]!.replace(/^\d+(?:st|nd|rd|th)\s+/, '');
    rest = rest.slice(issuer[0].length);
  } else if (code) {
    const suffix = foldCode(code).split(/[-/]/).at(-1)!;
    if (ISSUER_BY_CODE[suffix]) out.issuer = ISSUER_BY_CODE[suffix];
  }
  const quoted = /^\s*[“"]([Oo]n\s[^”"]{10,200})[”"]/.exec(rest);
  const plain = /^\s+(on\s+(?!the\s+(?:morning|afternoon|occasion)\b)[^.;“”"]{10,200}?)(?=[.;]|\s+as\s+an?\s|,\s+(?:creating|contributing|which|as|with)\b|$)/.exec(rest);
  const title = quoted?.[1] ?? plain?.[1];
  if (title) out.title = title.charAt(0).toUpperCase() + title.slice(1);
  return out;
}
