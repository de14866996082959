import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const amounts = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.max, p.unit]);

describe('a range of counts whose scale is written once, after its top', () => {
  it('scales both ends, not only the words after them', () => {
    expect(amounts('The province aims to attract 2 to 3 million tourists by 2030.')).toEqual([['tourists attracted', 2e6, 3e6, 'tourists']]);
    expect(amounts('The city wants 40-45 thousand start-up jobs by 2030.').map(([, value, max]) => [value, max])).toEqual([[40e3, 45e3]]);
    // (An end with its own scale keeps it.)
    expect(amounts('The province aims to attract 2 million to 3 million tourists by 2030.')).toEqual([['tourists attracted', 2e6, 3e6, 'tourists']]);
  });

  it('counts containers in TEU, the unit kept in the metric', () => {
    expect(amounts('The port aims to handle 7 to 8 million TEU of containers a year by 2031.'))
      .toEqual([['TEU of containers a year', 7e6, 8e6, 'TEU']]);
  });
});

describe('an aim whose year stands before its "to"', () => {
  it('reads the count after the verb, its number not the year\'s digits', () => {
    expect(amounts('Quảng Ninh aims by 2031 to handle 12 million tonnes of cargo a year.')).toEqual([['cargo a year', 12e6, null, 'tonnes']]);
    expect(amounts('The ministry aims by 2030 to have 3-5 national data centres.')).toEqual([['national data centres', 3, 5, 'centres']]);
    const text = 'The ministry aims by 2030 to have 3-5 national data centres.';
    expect(amountParser.propose(text).map((p) => p.start)).toEqual([text.indexOf('3-5')]);
  });
});

describe('a share of a whole counted in thousands', () => {
  it('keeps the count\'s comma in the metric, no break of a list', () => {
    expect(amounts('By 2030 at least 95% of the province\'s 5,960 offshore vessels are to use electronic logbooks.').map(([metric]) => metric))
      .toEqual(['the province\'s 5,960 offshore vessels to use electronic logbooks']);
  });
});

describe('items of a list in one sentence, after its colon and semicolons', () => {
  it('take the deadline the list opened with, not the one of an item before them', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('16/08/2031', 'For the 2031–2035 period, the conference set the following targets: the '
      + 'digital economy to make up 20–22% of GRDP by 2035; 100% of communes and wards to have 5G coverage by 2033; 500 digital technology '
      + 'enterprises, up from 212 now; and a place among the top 15 provinces in the DTI.') }).targets.map((t) => [t.value, t.deadline]);
    expect(found).toContainEqual([500, 2035]);
    expect(found).toContainEqual([100, 2033]);
  });
});

describe('a count due by a year, then a bare number due later, joined by "and"', () => {
  it('is the same count, later', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('03/03/2029', 'The decision sets a goal of training at least 50,000 engineers by 2030 and '
      + '100,000 by 2035.') }).targets.map((t) => [t.metric, t.value, t.unit, t.deadline]);
    expect(found).toEqual([['engineers', 50000, 'engineers', 2030], ['engineers', 100000, 'engineers', 2035]]);
  });
});

describe('where a part of a cost comes from', () => {
  it('is no target: "… will cost VND 12 trillion, 40 per cent of it from the state budget"', () => {
    expect(timelineOf({ 'seeds/a.txt': dated('03/03/2029', 'By 2030 the programme will cost VND 12 trillion, 40 per cent of it from the state '
      + 'budget.') }).targets.map((t) => t.value)).toEqual([]);
  });
});
