import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2025', ...lines) });
const targets = (...lines: string[]) => build(...lines).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline }));

describe('figures that are no targets, and ranges and ranks in more words', () => {
  it('keeps sums allocated, costed or awarded out of the targets, and sums to raise in', () => {
    expect(targets('The ward budget would set aside at most VND 300 million in 2026 for tablets for the teams.')).toEqual([]);
    // A budget estimate's revenue and expenditure, past a decimal point.
    expect(targets('The council approved a 2026 budget estimate with revenue of VND48.6 billion and expenditure of VND52.3 billion.')).toEqual([]);
    expect(targets('The city is drafting a project for a food-technology hub with a proposed total capital of VND 900 billion by 2030.')).toEqual([]);
    expect(targets('By 2030 the province aims to mobilise a total investment of at least VND 40 trillion for its industrial parks.'))
      .toMatchObject([{ value: 40, unit: 'VND trillion', deadline: 2030 }]);
  });

  it('keeps a procedure\'s time limit and a permission out of the targets', () => {
    expect(targets('From 2026, the agency shall answer within at most 15 working days of receipt.')).toEqual([]);
    expect(targets('Until 2028, firms may use up to 40% of their science fund for pilots.')).toEqual([]);
  });

  it('reads a figure in a perfect infinitive, or said to hold today, as reported', () => {
    expect(targets('The digital economy is estimated to have accounted for 12.8% of GRDP in 2025.')).toEqual([]);
    expect(targets('The province wants 2,000 chip engineers by 2030; about 300 such engineers work there today.'))
      .toMatchObject([{ value: 2000, deadline: 2030 }]);
  });

  it('reads "from 18 to 21 percent" as a range unless a verb of change makes the first a baseline', () => {
    expect(targets('By 2030 the digital economy would make up from 18 to 21 percent of GRDP.'))
      .toEqual([{ metric: 'digital economy share of GRDP', comparator: '=', value: 18, max: 21, unit: '% of GRDP', deadline: 2030 }]);
    expect(targets('The share of households paying online is to rise from 35 to 70 percent by 2027.'))
      .toMatchObject([{ metric: 'households paying online', value: 70, max: null, deadline: 2027 }]);
  });

  it('reads "in the group of the 20 leading provinces" as a rank', () => {
    expect(targets('By 2030 the province strives to be in the group of the 20 leading provinces in the Provincial Competitiveness Index.'))
      .toMatchObject([{ metric: 'Provincial Competitiveness Index', comparator: 'top', value: 20, deadline: 2030 }]);
  });
});

describe('ranks held and wanted, and the clause after a sum', () => {
  it('reads a place to regain or keep, with its field up to the deadline', () => {
    expect(targets('The province is to regain first place in the PCI by 2027.'))
      .toMatchObject([{ metric: 'PCI', comparator: 'top', value: 1, deadline: 2027 }]);
    expect(targets('Our province will keep its first place in the DTI every year until 2030.'))
      .toMatchObject([{ metric: 'DTI', comparator: 'top', value: 1, deadline: 2030 }]);
  });

  it('names a rank a place "wants to enter" by what is ranked, and takes no year for its field', () => {
    expect(targets('The city also wants to enter the top 50 start-up ecosystems in the world by 2029.'))
      .toMatchObject([{ metric: 'start-up ecosystems', value: 50, deadline: 2029 }]);
  });

  it('reads a share of a sum as reported when its verb comes after the sum\'s thousands comma', () => {
    expect(targets('Only 31% of the VND 2,450 billion allocated for research this year had been disbursed by the end of June.')).toEqual([]);
  });
});

describe('a cap on what is permitted, and "not exceeding"', () => {
  it('reads ", not exceeding VND 3 billion per project" after a permission as permitted too, and "not exceeding 4%" as at most 4%', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/01/2026',
      'By 2030, the provincial fund may cover up to 40% of the cost of pilot projects of cooperatives, not exceeding VND 3 billion per project.',
      'By 2030, the city will keep its budget deficit not exceeding 4% of GRDP.') }).targets.map((t) => [t.comparator, t.value, t.unit]);
    expect(found).toEqual([['<=', 4, '% of GRDP']]);
  });
});
