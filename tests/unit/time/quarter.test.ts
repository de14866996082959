import { describe, it } from 'vitest';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

const q2 = { value: '2025-Q2', precision: 'quarter' as const, from: '2025-04-01', to: '2025-06-30', inferred: [] };

describe('a quarter of a year', () => {
  it('reads "in the first quarter of 2025"', () => {
    expectSingle('In the first quarter of 2025, the Ministry of Science and Technology will complete its reorganization.', null,
      { text: 'the first quarter of 2025', value: '2025-Q1', precision: 'quarter', from: '2025-01-01', to: '2025-03-31', relation: 'at', inferred: [] });
  });

  it('reads a deadline quarter, "by Q2 2025"', () => {
    expectSingle('The index needs to be finalized by Q2 2025 to ensure practicality.', null, { text: 'by Q2 2025', ...q2, relation: 'by' });
  });

  it('reads "Q3/2025"', () => {
    expectSingle('Quang Nam province will report its results in Q3/2025.', null,
      { text: 'Q3/2025', value: '2025-Q3', precision: 'quarter', from: '2025-07-01', to: '2025-09-30', relation: 'at', inferred: [] });
  });

  it('reads a Roman numeral, "quarter II of 2025"', () => {
    expectSingle('The ministry will submit the decree in quarter II of 2025.', null, { text: 'quarter II of 2025', ...q2, relation: 'at' });
  });

  it('takes the year of "the fourth quarter" from the publication date', () => {
    expectSingle('Exports of Dong Nai province rose sharply in the fourth quarter.', '2025-01-13',
      { text: 'the fourth quarter', value: '2025-Q4', precision: 'quarter', from: '2025-10-01', to: '2025-12-31', relation: 'at', inferred: ['year 2025 from the publication date 2025-01-13'] });
  });

  it('reads "the second quarter of next year" relative to the publication date', () => {
    expectSingle('The Ministry of Transport expects the tender in the second quarter of next year.', '2024-11-05',
      { text: 'the second quarter of next year', ...q2, relation: 'at', inferred: ['relative to the publication date 2024-11-05'] });
  });

  it('reads "the last quarter of 2024" as the fourth', () => {
    expectSingle('Growth in Bac Giang peaked in the last quarter of 2024.', null,
      { text: 'the last quarter of 2024', value: '2024-Q4', precision: 'quarter', from: '2024-10-01', to: '2024-12-31', relation: 'at', inferred: [] });
  });

  it('reads a capitalized ordinal without "the", "First quarter 2025"', () => {
    expectSingle('First quarter 2025: Binh Phuoc province leads in disbursement.', null,
      { text: 'First quarter 2025', value: '2025-Q1', precision: 'quarter', from: '2025-01-01', to: '2025-03-31', relation: 'at', inferred: [] });
  });

  it('does not take a count after the quarter for its year', () => {
    expectSingle('In the first quarter, 1000 enterprises were set up in Long An.', '2025-05-02',
      { text: 'the first quarter', value: '2025-Q1', precision: 'quarter', from: '2025-01-01', to: '2025-03-31', relation: 'at', inferred: ['year 2025 from the publication date 2025-05-02'] });
  });

  it('does not read a quarter without a year when there is no publication date', () => {
    testUnexpectedResult('Exports of Dong Nai province rose sharply in the fourth quarter.', null);
  });

  it('does not read a quarter of something else, "the first quarter of the century"', () => {
    testUnexpectedResult('Vietnam changed greatly in the first quarter of the century.', '2025-01-13');
  });

  it('does not read a fraction, "a quarter of the budget"', () => {
    testUnexpectedResult('A quarter of the budget goes to science and technology.', '2025-01-13');
  });
});
