import { documentSentences, extractMentions } from '../../../src/pipeline/extract/extract.ts';
import { findStatements } from '../../../src/pipeline/extract/statements.ts';
import { paragraph } from './helpers.ts';

/** Statements in a text of paragraphs, as [speaker, kind, block, sentence]. */
export function statementsOf(...texts: string[]) {
  const blocks = texts.map(paragraph);
  return findStatements(blocks, documentSentences(blocks), extractMentions(blocks)).map((s) => [s.speaker.name, s.kind, s.block, s.sentence.text]);
}
