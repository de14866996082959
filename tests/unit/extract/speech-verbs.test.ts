import { describe, expect, it } from 'vitest';
import { SAID_AFTER } from '../../../src/pipeline/extract/lexicon/speech-verbs.ts';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { statementsOf } from './statements-helper.ts';
import { parseWith } from './helpers.ts';

describe('one list of verbs of saying, for people and their statements', () => {
  it('reads past and present forms, after a parenthetical clause or an auxiliary', () => {
    for (const after of [' said', ' says', ' has also stressed', ', who led the ministry, explained', ' warns']) expect(SAID_AFTER.test(after)).toBe(true);
    for (const after of [' saidx', ' visited', ' is']) expect(SAID_AFTER.test(after)).toBe(false);
  });

  it('makes the subject a person and the sentence their statement alike', () => {
    const text = 'Tran Van Binh explained that the fund would open in May.';
    expect(parseWith(personParser, text)[0]!.certain).toBe(true);
    expect(statementsOf(text)).toEqual([['Tran Van Binh', 'reported', 0, text]]);
  });
});
