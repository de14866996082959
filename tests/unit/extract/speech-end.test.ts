import { describe, expect, it } from 'vitest';
import { documentSentences, extractMentions } from '../../../src/pipeline/extract/extract.ts';
import { findStatements } from '../../../src/pipeline/extract/statements.ts';
import { paragraph } from './helpers.ts';

const speechBlocks = (...texts: string[]) => {
  const blocks = texts.map(paragraph);
  return findStatements(blocks, documentSentences(blocks), extractMentions(blocks)).filter((s) => s.kind === 'speech').map((s) => s.block);
};
const OPENING = 'We present the full text of Prime Minister Pham Minh Chinh’s speech.';

describe('where a speech given in full ends', () => {
  it('keeps every paragraph of a text that is only the speech, including history told in the third person', () => {
    expect(speechBlocks(OPENING, 'Dear comrades,', 'On May 18, 1963, the first congress was held.', 'We must act now.')).toEqual([1, 2, 3]);
  });

  it('ends where the report names the speaker again', () => {
    expect(speechBlocks(OPENING, 'We must act now.', '"We will act," Prime Minister Pham Minh Chinh said after the speech.', 'Our plan is long.')).toEqual([1]);
  });

  it('ends at a pronoun for the speaker with a verb of saying, a dated report sentence, or the chrome', () => {
    expect(speechBlocks(OPENING, 'We must act now.', 'He added that the fund would open soon.')).toEqual([1]);
    expect(speechBlocks(OPENING, 'We must act now.', 'On July 10, the ministry held a conference.')).toEqual([1]);
    expect(speechBlocks(OPENING, 'We must act now.', 'Related news')).toEqual([1]);
  });

  it('ends at an editor\'s note in brackets that closes the printed text', () => {
    expect(speechBlocks(OPENING, 'We must act now.', '(The printed text ends here; the rest was spoken without notes.)', 'Our plan is long.')).toEqual([1]);
  });
});
