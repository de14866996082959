import { describe, it } from 'vitest';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

const day = (text: string, date: string, inferred: string[]) =>
  ({ text, value: date, precision: 'day' as const, from: date, to: date, relation: 'at' as const, inferred });

describe('a day and month without a year', () => {
  it('takes the publication year when the day is the publication date', () => {
    expectSingle('On the morning of December 30, in Hanoi, the Prime Minister chaired a conference with ministries.', '2024-12-30',
      day('the morning of December 30', '2024-12-30', ['year 2024 from the publication date 2024-12-30']));
  });

  it('takes the year before when that puts the day nearest a January publication date', () => {
    expectSingle('On the morning of December 30, in Hanoi, the Prime Minister chaired a conference with ministries.', '2025-01-02',
      day('the morning of December 30', '2024-12-30', ['year 2024 from the publication date 2025-01-02']));
  });

  it('takes the year after when that puts the day nearest a December publication date', () => {
    expectSingle('The Ministry of Finance will report to the Government on January 3.', '2024-12-28',
      day('January 3', '2025-01-03', ['year 2025 from the publication date 2024-12-28']));
  });

  it('reads "last year" and "this year" after the day as the year before, or of, the publication date', () => {
    expectSingle('Signed on December 22 last year, the resolution was billed as a reform.', '2025-12-21',
      day('December 22 last year', '2024-12-22', ['year 2024 ("last year") from the publication date 2025-12-21']));
    expectSingle('The portal opened on March 3 this year.', '2025-12-21',
      day('March 3 this year', '2025-03-03', ['year 2025 ("this year") from the publication date 2025-12-21']));
  });

  it('dates a weekday by the day and month in brackets after it, even where the weekday is wrong', () => {
    // (14 April 2027 is a Wednesday: the text's "Thursday" is mistranslated, its "14/4" is the date.)
    expectSingle('On Thursday (14/4), the minister led a delegation to the province.', '2027-04-16',
      day('14/4', '2027-04-14', ['year 2027 from the publication date 2027-04-16']));
    expectSingle('On Friday (ngày 12/6), the regional conference opened.', '2026-06-14',
      day('12/6', '2026-06-12', ['year 2026 from the publication date 2026-06-14']));
  });

  it('reads an ordinal day, "January 13th"', () => {
    expectSingle('The national conference opened on January 13th at the National Convention Center.', '2025-01-13',
      day('January 13th', '2025-01-13', ['year 2025 from the publication date 2025-01-13']));
  });

  it('keeps the part of the day in the text, "the afternoon of January 20"', () => {
    expectSingle('On the afternoon of January 20, the Ministry of Science and Technology held a press conference.', '2025-01-20',
      day('the afternoon of January 20', '2025-01-20', ['year 2025 from the publication date 2025-01-20']));
  });

  it('reads the day before the month, "15 February"', () => {
    expectSingle('Bac Ninh province announced its digital plan on 15 February.', '2025-03-01',
      day('15 February', '2025-02-15', ['year 2025 from the publication date 2025-03-01']));
  });

  it('takes the year of a publication date known only to the year', () => {
    expectSingle('Delegates in Quang Ninh recalled the meeting of July 2.', '2025',
      day('July 2', '2025-07-02', ['year 2025 from the publication date 2025']));
  });

  it('gives a tie between two years, 183 days either way, to the past', () => {
    expectSingle('The Ministry of Home Affairs recalled that the merger was proposed on July 15.', '2024-01-14',
      day('July 15', '2023-07-15', ['year 2023 from the publication date 2024-01-14']));
  });

  it('finds a year in which February 29 exists', () => {
    expectSingle('The decree took effect on February 29.', '2025-01-10',
      day('February 29', '2024-02-29', ['year 2024 from the publication date 2025-01-10']));
  });

  it('does not take a count after the day for its year, "December 30, 1500 delegates"', () => {
    expectSingle('On December 30, 1500 delegates gathered in Hanoi.', '2025-01-02',
      day('December 30', '2024-12-30', ['year 2024 from the publication date 2025-01-02']));
  });

  it('reads nothing without a publication date', () => {
    testUnexpectedResult('On the morning of December 30, in Hanoi, the Prime Minister chaired a conference.', null);
  });

  it('does not read an impossible day, "February 30"', () => {
    testUnexpectedResult('Officials in Da Nang met on February 30.', '2025-01-13');
  });
});

describe('a day and a month in digits without a year, after "on"', () => {
  it('is a day of the publication year', () => {
    expectSingle('On 18/9, the Department held a workshop on technology transfer.', '2026-10-06',
      day('18/9', '2026-09-18', ['year 2026 from the publication date 2026-10-06']));
  });

  it('is a day after a part of the day too, "On the morning of 13/6"', () => {
    expectSingle('On the morning of 13/6, the delegation visited the startup hub in Vinh.', '2026-06-13',
      day('13/6', '2026-06-13', ['year 2026 from the publication date 2026-06-13']));
  });
});
