import { describe, expect, it } from 'vitest';
import { expectSingle, timesIn } from './helpers.ts';

const day = (text: string, date: string) =>
  ({ text, value: date, precision: 'day' as const, from: date, to: date, relation: 'at' as const, inferred: [] });

describe('a full date with a month name', () => {
  it('reads "May 18, 1963" without needing a publication date', () => {
    expectSingle('On May 18, 1963, the First Congress of the Vietnam Association of Science and Technology was held.', null, day('May 18, 1963', '1963-05-18'));
  });

  it('reads "December 22, 2024" and not its year alone', () => {
    expectSingle('The Politburo issued its resolution on December 22, 2024.', '2025-01-13', day('December 22, 2024', '2024-12-22'));
  });

  it('reads the day first, "22 December 2024"', () => {
    expectSingle('The Politburo issued its resolution on 22 December 2024.', '2025-01-13', day('22 December 2024', '2024-12-22'));
  });

  it('reads the date of a document, "dated November 24, 2023", leaving "dated" out', () => {
    expectSingle('Ministries are implementing Resolution No. 45-NQ/TW dated November 24, 2023 of the Party Central Committee.', null, day('November 24, 2023', '2023-11-24'));
  });

  it('reads an ordinal day first, "on 13th January 2025"', () => {
    expectSingle('Deputy Prime Minister Nguyen Chi Dung spoke on 13th January 2025 in Hanoi.', null, day('13th January 2025', '2025-01-13'));
  });

  it('reads an abbreviated month, "Jan 13, 2025"', () => {
    expectSingle('The conference in Hai Phong ended on Jan 13, 2025.', null, day('Jan 13, 2025', '2025-01-13'));
  });

  it('keeps a weekday before the date in the text', () => {
    expectSingle('On Monday, January 13, 2025, the Government met with localities.', null, day('Monday, January 13, 2025', '2025-01-13'));
  });

  it('reads only the year of an impossible date, "February 30, 2025"', () => {
    expectSingle('The plan of Thanh Hoa was approved on February 30, 2025.', null,
      { text: '2025', value: '2025', precision: 'year', from: '2025-01-01', to: '2025-12-31', relation: 'at', inferred: [] });
  });
});

describe('a range of days in one month', () => {
  const days = (text: string, from: string, to: string) => ({ text, value: from, precision: 'day' as const, from, to, relation: 'at' as const, inferred: [] });

  it('reads "from October 5 to 8, 2025" as the days something took, dated by the first', () => {
    expectSingle('The plenum took place in Hà Nội from October 5 to 8, 2025.', null, days('from October 5 to 8, 2025', '2025-10-05', '2025-10-08'));
  });

  it('reads "5-8 October 2025" and "12 to 14 March 2026" day first', () => {
    expectSingle('The fair ran on 5-8 October 2025.', null, days('5-8 October 2025', '2025-10-05', '2025-10-08'));
    expectSingle('The course runs 12 to 14 March 2026 in Huế.', null, days('12 to 14 March 2026', '2026-03-12', '2026-03-14'));
  });

  it('keeps "On October 5, 8 provinces" a day and a count', () => {
    expectSingle('On October 5, 2025, 8 provinces joined the platform.', null, days('October 5, 2025', '2025-10-05', '2025-10-05'));
  });
});

describe('a day abroad and the day at home', () => {
  it('keeps the home day of "March 10, local time (… March 11, Vietnam time)"', () => {
    const found = timesIn('The probe was launched from Kourou at 9:15 p.m. on March 10, 2026, local time (7:15 a.m. on March 11, 2026, Vietnam time).', null);
    expect(found.map((e) => e.value)).toEqual(['2026-03-11']);
  });
});

describe('a full date in capitals, as a heading prints it', () => {
  it('reads "12 NOVEMBER 2026" as the day it is', () => {
    expectSingle('QUESTIONING SESSION, 12 NOVEMBER 2026', null, day('12 NOVEMBER 2026', '2026-11-12'));
  });
});
