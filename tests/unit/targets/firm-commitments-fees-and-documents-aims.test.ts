import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a page, as "metric comparator value unit by deadline [scope] (benchmark)". */
const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': lines.join('\n') }).targets
  .map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit} by ${t.deadline} [${t.scope}]${t.benchmark ? ` (${t.benchmark.value})` : ''}`);

const HEADER = ['RED RIVER TELECOM', 'Thông báo › Thông báo khách hàng', 'Số: 5120/TB-RRT | Ngày ban hành: 14/05/2030',
  'Notice to customers in Hà Giang: the 2G network will be switched off'];

describe('a firm\'s commitments, a fee, and a plan\'s aim in a relative clause', () => {
  it('reads a list the firm "has committed to" as its own aims, each item measured by what it gives', () => {
    expect(targetsOf(...HEADER, 'Red River Telecom Joint Stock Company will switch off its 2G network in Hà Giang province in June.',
      'For its own network in Hà Giang, Red River Telecom Joint Stock Company has committed to the following by the end of 2031:',
      '- 4G coverage in at least 97 percent of populated areas of the province;', '- any broken base station repaired within 6 hours of the fault report;',
      '- fibre connections for no fewer than 9,000 households in border villages.')).toEqual([
      '4G coverage in share of populated areas of the province >= 97 % of populated areas of the province by 2031 [Red River Telecom Joint Stock Company]',
      'every broken base station repaired <= 6 hours by 2031 [Red River Telecom Joint Stock Company]',
      'fibre connections for households in border villages >= 9000 households by 2031 [Red River Telecom Joint Stock Company]',
    ]);
  });

  it('reads a monthly fee as a price, and the aim of the province\'s plan the firm works under as the province\'s, with its benchmark', () => {
    expect(targetsOf(...HEADER, 'Red River Telecom Joint Stock Company will switch off its 2G network in Hà Giang province in June.',
      'The company is laying fibre to border villages under the province\'s Plan No. 3310/KH-UBND on digital infrastructure, which aims for '
      + 'fixed broadband to reach every village of the province by 2032 (national target: 92 percent). Installation is free; the monthly '
      + 'fee for the basic package is VND 150,000.'))
      .toEqual(['fixed broadband coverage of villages = 100 % of villages by 2032 [Ha Giang] (92)']);
  });
});
