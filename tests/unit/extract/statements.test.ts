import { describe, expect, it } from 'vitest';
import { documentSentences, extractMentions } from '../../../src/pipeline/extract/extract.ts';
import { findStatements } from '../../../src/pipeline/extract/statements.ts';
import { paragraph } from './helpers.ts';

function statementsOf(...texts: string[]) {
  const blocks = texts.map(paragraph);
  const mentions = extractMentions(blocks);
  return findStatements(blocks, documentSentences(blocks), mentions).map((s) => [s.speaker.name, s.kind, s.block, s.sentence.text]);
}

describe('statements', () => {
  it('attributes reported speech to the person before the verb of saying', () => {
    expect(statementsOf('Minister Nguyen Kim Son stressed that schools need more labs.')).toEqual([
      ['Nguyen Kim Son', 'reported', 0, 'Minister Nguyen Kim Son stressed that schools need more labs.'],
    ]);
  });

  it('attributes a pronoun subject to the last person named, and keeps a quotation whole', () => {
    expect(statementsOf('Deputy Minister Le Xuan Dinh opened the fair.', 'He emphasized: "Start-ups need capital and customers."')).toEqual([
      ['Le Xuan Dinh', 'quote', 1, 'He emphasized: "Start-ups need capital and customers."'],
    ]);
  });

  it('takes a quotation closed by "– X said" as a whole', () => {
    const quote = '“We have worked for ten years. We will go on.” – Prof. Dr. Nguyen Van Hieu said.';
    expect(statementsOf(quote)).toEqual([['Nguyen Van Hieu', 'quote', 0, quote]]);
  });

  it('gives every paragraph after "the full text of X\'s speech" to X', () => {
    const found = statementsOf('We present the full text of Prime Minister Pham Minh Chinh’s speech.', 'Dear comrades,', 'We must act now.');
    expect(found.filter((s) => s[1] === 'speech').map((s) => [s[0], s[2]])).toEqual([['Pham Minh Chinh', 1], ['Pham Minh Chinh', 2]]);
  });
});
