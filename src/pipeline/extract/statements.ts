import type { Block } from '../types.ts';
import { BEFORE_VERB, SAID_AFTER, SAYING_VERB } from './lexicon/speech-verbs.ts';
import type { Sentence } from './sentences.ts';
import type { Mention } from './types.ts';

/** Verbs that report what someone said. */
const SAID = SAID_AFTER;
const QUOTE = /[“"«][^”"»]{15,}[”"»]/;
const PRONOUN_SAID = /^(?:He|She)\s/;
/** A sentence announcing that a speech's full text follows: "the full text of General Secretary To Lam's speech". */
const FULL_TEXT = /\bfull text of\b/i;
/** "We", "our", "I": the speech speaks in the first person (outside quotations). */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Oo]urs|us|[Mm]y|me|[Oo]urselves)\b/;
const QUOTED = /[“"][^”"]*[”"]/g;
/** How far before its speaker a quotation closes, at most: the quote, a dash and three words ("” – Minister Nguyen said"). */
const QUOTE_REACH = 200;
/** A pronoun followed by a verb of saying anywhere in a paragraph: "…," he added. */
const PRONOUN_SAYS = new RegExp(String.raw`\b(?:[Hh]e|[Ss]he)${BEFORE_VERB}${SAYING_VERB}\b`);
/** A report's dated sentence, by a day without a year or a weekday: "On July 10, …", "On Thursday, …". */
const DATED_REPORT = new RegExp(String.raw`^(?:On|Earlier on|Later on)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:(?:January`
  + String.raw`|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?!\d|,?\s+\d{4})|\d{1,2}\s+(?:January`
  + String.raw`|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d{4})|Monday|Tuesday|Wednesday|Thursday|Friday`
  + String.raw`|Saturday|Sunday)\b`);
/** A paragraph wholly in brackets: the editor's note that closes a printed text ("(The printed text ends here. …)"). */
const EDITORS_NOTE = /^\s*[([][^()[\]]*[)\]]\s*$/;
/** The outlet's chrome after an article: captions, related links, sharing and comment widgets. */
const CHROME = /^(?:Photo|Photos|Source|Related|Read more|See also|Tags?|Share|Comments?|Print|Back to top)\b/i;

/**
 * True when a paragraph after a speech's announcement is the report again, not the speech: the
 * outlet's chrome, an editor's note in brackets, the speaker named in the third person, or (without a first person outside
 * quotations) the speaker as the subject of a verb of saying, by name, office or pronoun, or a
 * report's dated sentence.
 */
function endsSpeech(text: string, inBlock: Mention[], speaker: Mention, last: Mention | undefined): boolean {
  if (CHROME.test(text) || EDITORS_NOTE.test(text)) return true;
  const speakerHere = inBlock.filter((m) => m.key === speaker.key);
  if (speakerHere.some((m) => m.via === 'name')) return true;
  if (FIRST_PERSON.test(text.replace(QUOTED, ''))) return false;
  if (speakerHere.length > 0) return true;
  if (PRONOUN_SAYS.test(text) && last?.key === speaker.key) return true;
  return DATED_REPORT.test(text);
}

/**
 * A quotation that opens its paragraph and closes just before "– X said": the whole quotation is
 * the statement, not only its last sentence.
 */
function closesQuote(text: string, sentence: Sentence, speaker: Mention): Sentence | undefined {
  if (!/^\s*[“"]/.test(text)) return undefined;
  // The end of the paragraph before the speaker: read from its start, a paragraph of many speakers is read once for each.
  const before = text.slice(Math.max(0, speaker.start - QUOTE_REACH), speaker.start);
  if (!/[”"]\s*[-–—]?\s*(?:[\p{L}.]+\s+){0,3}$/u.test(before)) return undefined;
  return { ...sentence, start: 0, text: text.slice(0, sentence.end).trim() };
}

/** Whether a mention comes before a sentence's start in the document. */
const before = (m: Mention, sentence: Sentence) => m.block < sentence.block || (m.block === sentence.block && m.start < sentence.start);

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
 * a document that announces a speech's full text, every paragraph after that announcement up to
 * the first that is the report again (see `endsSpeech`). Sentences and mentions come in document
 * order, as `documentSentences` and `extractMentions` give them.
 */
export function findStatements(blocks: Block[], sentences: Sentence[], mentions: Mention[]): Attribution[] {
  const people = mentions.filter((m) => m.type === 'person' && m.certain);
  const peopleOf = Map.groupBy(mentions.filter((m) => m.type === 'person'), (m) => m.block);
  const out: Attribution[] = [];
  let last: Mention | undefined;
  let speaker: Mention | undefined;
  let announced = false;
  // Sentences and mentions both come in document order: the people of each sentence are found by
  // walking the list once (filtering all of them for each sentence is quadratic in a long text).
  let next = 0;
  for (const sentence of sentences) {
    while (next < people.length && before(people[next]!, sentence)) next++;
    const here: Mention[] = [];
    for (let i = next; i < people.length && people[i]!.block === sentence.block && people[i]!.start < sentence.end; i++) {
      if (people[i]!.end <= sentence.end) here.push(people[i]!);
    }
    const block = blocks[sentence.block];
    if (speaker && block?.kind === 'paragraph' && sentence.start === 0) {
      const inBlock = peopleOf.get(sentence.block) ?? [];
      if (endsSpeech(block.text, inBlock, speaker, last)) speaker = undefined;
      else out.push({ speaker, block: sentence.block, sentence, kind: 'speech' });
    }
    const kind = QUOTE.test(sentence.text) ? 'quote' : 'reported';
    const saying = here.find((m) => SAID.test(sentence.text.slice(m.end - sentence.start)));
    const closing = saying && closesQuote(blocks[sentence.block]!.text, sentence, saying);
    if (closing) out.push({ speaker: saying, block: sentence.block, sentence: closing, kind: 'quote' });
    else if (saying) out.push({ speaker: saying, block: sentence.block, sentence, kind });
    else if (PRONOUN_SAID.test(sentence.text) && SAID.test(sentence.text.slice(3)) && last) out.push({ speaker: last, block: sentence.block, sentence, kind });
    if (FULL_TEXT.test(sentence.text) && here.length > 0 && !announced) { speaker = here[here.length - 1]; announced = true; }
    if (here.length > 0) last = here[here.length - 1];
  }
  return out;
}
