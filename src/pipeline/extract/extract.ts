import type { Block } from '../types.ts';
import { instrumentParser } from './instrument-parser.ts';
import { lawParser } from './law-parser.ts';
import { organizationParser } from './organization-parser.ts';
import { personParser } from './person-parser.ts';
import { confirmedNameRefiner, overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner } from './refiners.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { titleReferenceParser } from './title-reference-parser.ts';
import type { Mention, Parser, Refiner } from './types.ts';

/** Parsers, run on every sentence. */
export const PARSERS: Parser[] = [instrumentParser, lawParser, organizationParser, personParser, titleReferenceParser];
/** Refiners, folded over a document's mentions in this order. */
export const REFINERS: Refiner[] = [overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner, confirmedNameRefiner];

/** The sentences of a document's blocks (list items joined by newlines split like sentences). */
export function documentSentences(blocks: Block[]): Sentence[] {
  return blocks.flatMap((block, i) => (block.kind === 'list' ? splitItems(block.text, i) : splitSentences(block.text, i)));
}

function splitItems(text: string, block: number): Sentence[] {
  let offset = 0;
  return text.split('\n').flatMap((item) => {
    const sentences = splitSentences(item, block).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
    offset += item.length + 1;
    return sentences;
  });
}

/** Every mention in a document: all parsers over all sentences, then the refiners in order. */
export function extractMentions(blocks: Block[], parsers = PARSERS, refiners = REFINERS, sentences = documentSentences(blocks)): Mention[] {
  const proposed: Mention[] = [];
  for (const sentence of sentences) for (const parser of parsers) for (const mention of parser.parse(sentence)) proposed.push(mention);
  return refiners.reduce((mentions, refiner) => refiner.refine(mentions), proposed);
}
