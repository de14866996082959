import type { Block } from '../types.ts';
import type { Sentence } from './sentences.ts';
import type { Mention } from './types.ts';

/** Verbs that report what someone said. */
const SAID = /^\s*(?:,[^,;]{0,120},\s*)?(?:has\s+|had\s+|also\s+|then\s+)?(?:said|says|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|affirmed|affirms|noted|notes|asked|asks|urged|urges|requested|requests|suggested|suggests|proposed|proposes|pointed out|points out|highlighted|highlights|called (?:on|for)|calls (?:on|for)|added|shared|acknowledged|hoped|hopes|expressed|mentioned|directed|asserted|underlined|underscored|declared|remarked|told)\b/;
const QUOTE = /[“"«][^”"»]{15,}[”"»]/;
const PRONOUN_SAID = /^(?:He|She)\s/;
/** A sentence announcing that a speech's full text follows: "the full text of General Secretary To Lam's speech". */
const FULL_TEXT = /\bfull text of\b/i;

/**
 * A quotation that opens its paragraph and closes just before "– X said": the whole quotation is
 * the statement, not only its last sentence.
 */
function closesQuote(text: string, sentence: Sentence, speaker: Mention): Sentence | undefined {
  const before = text.slice(0, speaker.start);
  if (!/^\s*[“"]/.test(text) || !/[”"]\s*[-–—]?\s*(?:[\p{L}.]+\s+){0,3}$/u.test(before)) return undefined;
  return { ...sentence, start: 0, text: text.slice(0, sentence.end).trim() };
}

/** Words a document attributes to a person, by the person mention that says them. */
export interface Attribution {
  speaker: Mention;
  block: number;
  sentence: Sentence;
  kind: 'quote' | 'reported' | 'speech';
}

/**
 * Statements in a document: a person (by name or office) followed by a verb of saying, a quote
 * closed by "– X said", a pronoun subject attributed to the last person named before it, and, in
 * a document that announces a speech's full text, every paragraph after that announcement.
 */
export function findStatements(blocks: Block[], sentences: Sentence[], mentions: Mention[]): Attribution[] {
  const people = mentions.filter((m) => m.type === 'person' && m.certain);
  const out: Attribution[] = [];
  let last: Mention | undefined;
  let speaker: Mention | undefined;
  for (const sentence of sentences) {
    const here = people.filter((m) => m.block === sentence.block && m.start >= sentence.start && m.end <= sentence.end);
    if (speaker && blocks[sentence.block]?.kind === 'paragraph' && sentence.start === 0) {
      out.push({ speaker, block: sentence.block, sentence, kind: 'speech' });
    }
    const kind = QUOTE.test(sentence.text) ? 'quote' : 'reported';
    const saying = here.find((m) => SAID.test(sentence.text.slice(m.end - sentence.start)));
    const closing = saying && closesQuote(blocks[sentence.block]!.text, sentence, saying);
    if (closing) out.push({ speaker: saying, block: sentence.block, sentence: closing, kind: 'quote' });
    else if (saying) out.push({ speaker: saying, block: sentence.block, sentence, kind });
    else if (PRONOUN_SAID.test(sentence.text) && SAID.test(sentence.text.slice(3)) && last) out.push({ speaker: last, block: sentence.block, sentence, kind });
    if (FULL_TEXT.test(sentence.text) && here.length > 0 && !speaker) speaker = here[here.length - 1];
    if (here.length > 0) last = here[here.length - 1];
  }
  return out;
}
