import { TITLE_SYNONYMS } from './lexicon/titles.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';
import { capitalList, capitalRun } from './name-grammar.ts';

/** Offices a text may name alone, after "the": "the General Secretary emphasized". */
const OFFICE = new RegExp(
  String.raw`\b[Tt]he\s+((?:Party\s+)?General Secretary|Party chief|Party leader|Prime Minister|State President|President`
    + String.raw`|National Assembly Chairman|Premier|Minister of ${capitalList(capitalRun())})\b(?![\s,]+[\p{Lu}][\p{Ll}]+\s+[\p{Lu}])`,
  'gu',
);

/** "Decision No. 80/QĐ-TTg dated … of the Prime Minister": an instrument's issuer, not a mention of a person. */
const ISSUER = /\b(?:Resolution|Decision|Directive|Decree|Conclusion|Circular)s?\b[^;]{0,100}\b(?:of|by|from)\s*$/;

/** The canonical office of a title, for matching ("Party chief" → "general secretary"). */
export function office(title: string): string {
  const key = title.toLowerCase().replace(/^(?:former|acting)\s+/, '').replace(/\s+/g, ' ').trim();
  return TITLE_SYNONYMS[key] ?? key;
}

/**
 * A legal preamble's line "At the request of the Minister of Science and Technology,": the office
 * as the institution that proposed the instrument, not a person the text speaks of.
 */
const PREAMBLE = /^(?:At|On|Upon|Pursuant to)\s+the\s+(?:request|proposal|suggestion|submission|recommendation)s?\s+of\s+[^.;]*[,;]?$/i;

/** People referred to by their office alone; resolved later to whoever holds it. */
export const titleReferenceParser: Parser = {
  name: 'ENTitleReferenceParser',
  parse(sentence: Sentence): Mention[] {
    if (PREAMBLE.test(sentence.text)) return [];
    return allMatches(OFFICE, sentence.text).filter((m) => !ISSUER.test(sentence.text.slice(Math.max(0, m.index - 120), m.index))).map((m) => ({
      type: 'person' as const, key: `office:${office(m[1]!)}`, name: m[1]!, block: sentence.block,
      start: sentence.start + m.index + m[0].length - m[1]!.length, end: sentence.start + m.index + m[0].length,
      text: m[1]!, sentence, via: 'title' as const, certain: false,
    }));
  },
};
