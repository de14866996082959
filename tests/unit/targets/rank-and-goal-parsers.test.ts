import { describe, expect, it } from 'vitest';
import { goalParser } from '../../../src/pipeline/targets/goal-parser.ts';
import { rankParser } from '../../../src/pipeline/targets/rank-parser.ts';

const ranks = (text: string) => rankParser.propose(text).map((p) => [p.metric, p.value, p.unit]);
const goals = (text: string) => goalParser.propose(text).map((p) => p.metric);

describe('rankParser', () => {
  it('reads a rank among countries with its region and field', () => {
    expect(ranks('Vietnam will be among the top 10 countries in Asia in cybersecurity')).toEqual([['cybersecurity', 10, 'rank among countries in Asia']]);
  });

  it('gives two ranks sharing one field the field of the second', () => {
    expect(ranks('among the top 2 countries in ASEAN and the top 40 countries in the world in terms of the Global Innovation Index')).toEqual([
      ['Global Innovation Index', 2, 'rank among countries in ASEAN'], ['Global Innovation Index', 40, 'rank among countries in the world'],
    ]);
  });
});

describe('goalParser', () => {
  it('reads becoming a kind of country, and a second goal joined to it', () => {
    expect(goals('With the goal of becoming a modern industrial country by 2030 and a developed, high-income country by 2045')).toEqual(['modern industrial country', 'developed, high-income country']);
  });

  it('reads being one of the centres of a region, equal to a reference, and reaching international standards', () => {
    expect(goals('Hanoi is one of the innovation hubs of the region')).toEqual(['innovation hubs of the region']);
    expect(goals('The rate of patents is equivalent to that of developed countries')).toEqual(['rate of patents is equivalent to that of developed countries']);
    expect(goals('Some universities reach international standards in engineering')).toEqual(['international standards in engineering']);
  });

  it('reads nothing in a sentence without a goal', () => {
    expect(goals('The minister visited three factories in the province.')).toEqual([]);
  });
});
