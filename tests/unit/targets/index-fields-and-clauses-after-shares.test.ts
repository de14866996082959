import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { rankParser } from '../../../src/pipeline/targets/rank-parser.ts';

const ranks = (text: string) => rankParser.propose(text).map((p) => [p.metric, p.value]);
const shares = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.unit]);

describe('the field of a rank', () => {
  it('is the index it names, with the words after it, not the last phrase after "for"', () => {
    expect(ranks('By 2030, Tân Lộc is to rank among the top 5 communes and wards of Sơn La in the provincial digital transformation index for communes.'))
      .toEqual([['provincial digital transformation index for communes', 5]]);
    expect(ranks('The province aims to be among the top 10 in the country for digital government.')).toEqual([['digital government', 10]]);
  });
});

describe('the things a share counts', () => {
  it('end before a clause of its own after a comma', () => {
    expect(shares('By 2030, cashless payments are to reach 80% of transactions at markets in the commune, and Tân Lộc is to rank among the top 5.'))
      .toEqual([['cashless payments share of transactions at markets in the commune', 80, '% of transactions at markets in the commune']]);
  });
});
