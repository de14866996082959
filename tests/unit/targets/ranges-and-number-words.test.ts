import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { numberOf } from '../../../src/pipeline/targets/quantity.ts';

const values = (text: string) => amountParser.propose(text).map((p) => [p.comparator, p.value, p.max, p.unit]);

describe('ranges and numbers written as words', () => {
  it('reads a range with a dash, with the dash lost in scraping, and written out', () => {
    expect(values('the digital economy of the province will reach at least 25-30% of GRDP')).toEqual([['>=', 25, 30, '% of GRDP']]);
    expect(values('the digital economy of the province will reach at least 25 30% of GRDP')).toEqual([['>=', 25, 30, '% of GRDP']]);
    expect(values('the share of firms using e-invoices will reach between 62 and 65 per cent')).toEqual([['=', 62, 65, '%']]);
  });

  it('does not read a year before a share as the bottom of a range', () => {
    expect(values('In 2027 40% of clinics will keep electronic records')).toEqual([['=', 40, null, '%']]);
  });

  it('reads number words with a scale, and a number word before what it counts', () => {
    expect(numberOf('two million')).toBe(2_000_000);
    expect(numberOf('1.5 million')).toBe(1_500_000);
    expect(values('the city will train ten thousand technicians by 2030')).toEqual([['=', 10_000, null, 'technicians']]);
    expect(values('the ministry plans to establish four testing laboratories')).toEqual([['=', 4, null, 'laboratories']]);
  });
});
