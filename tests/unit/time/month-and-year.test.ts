import { describe, it } from 'vitest';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

describe('a month and a year', () => {
  it('reads "in December 2024" as a month, leaving "in" out', () => {
    expectSingle('The Ministry of Finance submitted the draft in December 2024.', null,
      { text: 'December 2024', value: '2024-12', precision: 'month', from: '2024-12-01', to: '2024-12-31', relation: 'at', inferred: [] });
  });

  it('reads "May 2025" as a month, not the modal "may"', () => {
    expectSingle('Localities may report to the ministry in May 2025.', null,
      { text: 'May 2025', value: '2025-05', precision: 'month', from: '2025-05-01', to: '2025-05-31', relation: 'at', inferred: [] });
  });

  it('reads the last day of February in a leap year', () => {
    expectSingle('Tay Ninh province completed the survey in February 2024.', null,
      { text: 'February 2024', value: '2024-02', precision: 'month', from: '2024-02-01', to: '2024-02-29', relation: 'at', inferred: [] });
  });

  it('reads a month named alone after a preposition, in the year nearest the publication date', () => {
    expectSingle('The Ministry of Education began the pilot in December.', '2025-01-13',
      { text: 'December', value: '2024-12', precision: 'month', from: '2024-12-01', to: '2024-12-31', relation: 'at', inferred: ['year 2024 from the publication date 2025-01-13'] });
  });

  it('reads a deadline month, "by March"', () => {
    expectSingle('Provinces must finish the merger by March.', '2025-01-13',
      { text: 'by March', value: '2025-03', precision: 'month', from: '2025-03-01', to: '2025-03-31', relation: 'by', inferred: ['year 2025 from the publication date 2025-01-13'] });
  });

  it('does not read a month named alone without a publication date', () => {
    testUnexpectedResult('The Ministry of Education began the pilot in December.', null);
  });

  it('does not read a month name with no preposition before it', () => {
    testUnexpectedResult('Minister Nguyen Manh Hung praised the March campaign.', '2025-01-13');
  });
});
