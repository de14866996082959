import { describe, it } from 'vitest';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

const h1 = { value: '2025-H1', precision: 'half' as const, from: '2025-01-01', to: '2025-06-30', relation: 'at' as const };

describe('a half of a year', () => {
  it('reads "In the first half of 2025"', () => {
    expectSingle('In the first half of 2025, the National Strategy on developing industry will be issued.', null,
      { text: 'the first half of 2025', ...h1, inferred: [] });
  });

  it('reads "the second half of 2024"', () => {
    expectSingle('Disbursement in Khanh Hoa accelerated in the second half of 2024.', null,
      { text: 'the second half of 2024', value: '2024-H2', precision: 'half', from: '2024-07-01', to: '2024-12-31', relation: 'at', inferred: [] });
  });

  it('reads "H1 2025"', () => {
    expectSingle('The Ministry of Industry and Trade forecasts H1 2025 growth of 7%.', null, { text: 'H1 2025', ...h1, inferred: [] });
  });

  it('reads "the first six months of 2025"', () => {
    expectSingle('In the first six months of 2025, Hai Duong attracted new investment.', null,
      { text: 'the first six months of 2025', ...h1, inferred: [] });
  });

  it('takes the year of "the first half of the year" from the publication date', () => {
    expectSingle('The Government will review the merger in the first half of the year.', '2025-01-13',
      { text: 'the first half of the year', ...h1, inferred: ['year 2025 from the publication date 2025-01-13'] });
  });

  it('does not read a half of something else, "the first half of the meeting"', () => {
    testUnexpectedResult('Minister Nguyen Van Thang spoke in the first half of the meeting.', '2025-01-13');
  });

  it('does not read "the last six months" without a year, which is relative', () => {
    testUnexpectedResult('Prices in Hanoi rose over the last six months.', '2025-01-13');
  });
});
