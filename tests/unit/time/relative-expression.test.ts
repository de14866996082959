import { describe, it } from 'vitest';
import type { TimePrecision } from '../../../src/pipeline/time/types.ts';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

/** 2025-01-15 is a Wednesday, in ISO week 2025-W03. */
const REF = '2025-01-15';
const relative = (text: string, value: string, precision: TimePrecision, from: string, to = from) =>
  ({ text, value, precision, from, to, relation: 'at' as const, inferred: [`relative to the publication date ${REF}`] });
const day = (text: string, date: string) => relative(text, date, 'day', date);

describe('an expression relative to the publication date', () => {
  it('reads "today" as the publication date', () => {
    expectSingle('The Ministry of Health today announced new rules.', REF, day('today', '2025-01-15'));
  });

  it('reads "this morning"', () => {
    expectSingle('This morning, the National Assembly Standing Committee met.', REF, day('This morning', '2025-01-15'));
  });

  it('reads "this afternoon"', () => {
    expectSingle('The delegation of Kien Giang province arrived this afternoon.', REF, day('this afternoon', '2025-01-15'));
  });

  it('reads "tonight"', () => {
    expectSingle('The art program in Hue will take place tonight.', REF, day('tonight', '2025-01-15'));
  });

  it('reads "yesterday" as the day before', () => {
    expectSingle('Deputy Minister Bui The Duy spoke yesterday in Hanoi.', REF, day('yesterday', '2025-01-14'));
  });

  it('reads "tomorrow" as the day after', () => {
    expectSingle('The People’s Committee of Ha Giang will meet tomorrow.', REF, day('tomorrow', '2025-01-16'));
  });

  it('reads "on Tuesday" as the most recent Tuesday', () => {
    expectSingle('On Tuesday, the Ministry of Finance reported on revenue.', REF, day('Tuesday', '2025-01-14'));
  });

  it('reads "on Wednesday" as the publication day itself when it is a Wednesday', () => {
    expectSingle('On Wednesday, the Prime Minister received investors.', REF, day('Wednesday', '2025-01-15'));
  });

  it('reads "last Wednesday" as the Wednesday a week before', () => {
    expectSingle('The provincial council of Soc Trang met last Wednesday.', REF, day('last Wednesday', '2025-01-08'));
  });

  it('reads "next Tuesday" as the coming Tuesday', () => {
    expectSingle('The ministry will publish the draft next Tuesday.', REF, day('next Tuesday', '2025-01-21'));
  });

  it('reads "last week" as the previous ISO week', () => {
    expectSingle('Quang Binh province signed the agreement last week.', REF, relative('last week', '2025-W02', 'week', '2025-01-06', '2025-01-12'));
  });

  it('reads "this week" as the ISO week of the publication date', () => {
    expectSingle('The Government Office will publish the conclusions this week.', REF, relative('this week', '2025-W03', 'week', '2025-01-13', '2025-01-19'));
  });

  it('reads "next week" as the following ISO week', () => {
    expectSingle('The conference in Can Tho opens next week.', REF, relative('next week', '2025-W04', 'week', '2025-01-20', '2025-01-26'));
  });

  it('reads "last month" across a year boundary', () => {
    expectSingle('Disbursement in Thai Nguyen rose last month.', REF, relative('last month', '2024-12', 'month', '2024-12-01', '2024-12-31'));
  });

  it('reads "this month"', () => {
    expectSingle('The Ministry of Construction will finish the review this month.', REF, relative('this month', '2025-01', 'month', '2025-01-01', '2025-01-31'));
  });

  it('reads "next month"', () => {
    expectSingle('Phu Yen will hold the investment forum next month.', REF, relative('next month', '2025-02', 'month', '2025-02-01', '2025-02-28'));
  });

  it('reads "last year"', () => {
    expectSingle('Vietnam’s exports reached a record last year.', REF, relative('last year', '2024', 'year', '2024-01-01', '2024-12-31'));
  });

  it('reads "this year"', () => {
    expectSingle('This year, the Government will cut 30% of administrative procedures.', REF, relative('This year', '2025', 'year', '2025-01-01', '2025-12-31'));
  });

  it('reads "next year"', () => {
    expectSingle('The law will take effect next year.', REF, relative('next year', '2026', 'year', '2026-01-01', '2026-12-31'));
  });

  it('reads a deadline, "by the end of this year"', () => {
    expectSingle('Ministries must finish the merger by the end of this year.', REF,
      { ...relative('by the end of this year', '2025', 'year', '2025-01-01', '2025-12-31'), relation: 'by' });
  });

  it('reads an ISO week that belongs to the next year, "this week" on 2024-12-30', () => {
    expectSingle('The Ministry of Finance closes the books this week.', '2024-12-30',
      { text: 'this week', value: '2025-W01', precision: 'week', from: '2024-12-30', to: '2025-01-05', relation: 'at', inferred: ['relative to the publication date 2024-12-30'] });
  });

  it('does not read a day relative to a publication date known only to the month', () => {
    testUnexpectedResult('Deputy Minister Bui The Duy spoke yesterday in Hanoi.', '2025-01');
  });

  it('does not read a relative expression without a publication date', () => {
    testUnexpectedResult('The Ministry of Health today announced new rules, and the law takes effect next year.', null);
  });

  it('does not read "the next year" or "the last year of the plan"', () => {
    testUnexpectedResult('In the next year the province will review the last year of the plan.', REF);
  });
});
