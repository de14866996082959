import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('a working trip told in parts of the day', () => {
  it('dates "In the afternoon, … held a working session" by the day the text last reported, and instructions given at it', () => {
    expect(events('05/03/2026',
      'On March 4, Deputy Prime Minister Le Van Tam led a delegation on a working trip to Ninh Binh province.',
      'In the morning, the Deputy Prime Minister visited the Ninh Binh High-Tech Park.',
      'In the afternoon, the Deputy Prime Minister held a working session with the Provincial Party Committee.',
      'Speaking at the working session, the Deputy Prime Minister gave instructions to the province.')).toEqual(expect.arrayContaining([
      ['other', '2026-03-04', 'Deputy Prime Minister visited the Ninh Binh High-Tech Park'],
      ['remarks', '2026-03-04', expect.stringContaining('gave instructions')],
    ]));
    expect(events('05/03/2026', 'On March 4, the minister arrived in Hue.', 'In the afternoon, the minister held a working session with the city.')
      .some(([kind, date]) => kind === 'meeting' && date === '2026-03-04')).toBe(true);
  });

  it('does not carry a day to a sentence that does not say it continues that day', () => {
    // The arrival is a deed of that day (see deeds.ts); the visit after it is not said to be that day.
    expect(events('05/03/2026', 'On March 4, the minister arrived in Hue.', 'The minister visited the Hue Citadel.'))
      .toEqual([['other', '2026-03-04', 'Minister arrived in Hue']]);
  });

  it('dates a deed told "on the afternoon of" a day by that day, and leaves the part of the day out of its title', () => {
    expect(events('09/10/2028', 'The city\'s steering committee discussed the nine-month report on the afternoon of 6/10.'))
      .toEqual([['other', '2028-10-06', 'City\'s steering committee discussed the nine-month report']]);
  });

  it('dates a meeting by its day rather than the quarter it reviews', () => {
    expect(events('15/10/2025', 'On the afternoon of October 13, the Provincial People\'s Committee held its regular meeting to review the results of the third quarter.'))
      .toEqual([['meeting', '2025-10-13', expect.stringMatching(/regular meeting/i)]]);
  });
});

describe('"In the afternoon" after a day told with its morning', () => {
  it('is that day, though a meeting on another day was named in between', () => {
    const found = events('16/09/2026',
      'The Standing Committee on Tuesday morning gave its opinions on the draft Law on Data Exchanges.',
      'Presenting the review report, Chairman of the Committee for Economic Affairs Lê Văn Thái said his committee, at its plenary meeting on '
        + 'September 3, had agreed with the need for the law.',
      'In the afternoon, the Standing Committee approved Resolution No. 1203/NQ-UBTVQH16 on the rules for data exchanges.');
    expect(found).toContainEqual(['approved', '2026-09-15', expect.stringContaining('1203/NQ-UBTVQH16')]);
  });
});

describe('"Earlier in the morning"', () => {
  it('dates a visit told after the day\'s session by that day', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('12/06/2026', 'On the morning of June 10, the delegation held a working session with the provincial People\'s Committee.',
      'Earlier in the morning, the delegation visited the Lạng Sơn Border Logistics Centre.') }).events.map((e) => [e.kind, e.date]);
    expect(found).toContainEqual(['other', '2026-06-10']);
  });
});

describe('a visit whose title is cut at its length', () => {
  it('does not cut a name the cut would split', () => {
    expect(events('14/08/2026', 'On Wednesday, the delegation visited the provincial data centre in Bảo Thắng ward and the Mường Khương Organic Tea '
      + 'Cooperative, where sensors are used.')).toEqual([['other', '2026-08-12',
      'Delegation visited the provincial data centre in Bảo Thắng ward and the Mường Khương Organic Tea Cooperative']]);
  });
});

describe('a delegation told with who led it', () => {
  it('reads the delegation, not its leader\'s apposition, as the subject of "worked with"', () => {
    expect(events('14/08/2026', 'A delegation of the National Assembly\'s Committee on Social Affairs, led by the committee\'s Vice Chairwoman Hà Thị Lan, '
      + 'worked with the Sơn La Provincial People\'s Committee on Thursday on digital health records.')).toEqual([['meeting', '2026-08-13',
      'Delegation of the National Assembly\'s Committee on Social Affairs worked with the Sơn La Provincial People\'s Committee']]);
  });
});

describe('an inspection told in a relative clause before "said"', () => {
  it('dates it by the day at the end of its clause, and gives it to the person the clause is said of', () => {
    expect(events('06/10/2026', 'Vice Chairman of the Provincial People\'s Committee Lê Hữu Tâm, who inspected the fibre network of the Đông Sơn '
      + 'industrial park on Friday, said several firms still filed data on paper.')).toEqual([['other', '2026-10-02',
      'Lê Hữu Tâm inspected the fibre network of the Đông Sơn industrial park']]);
  });
});

describe('a gathering named by its body\'s possessive', () => {
  it('reads "at the provincial People\'s Committee\'s regular meeting on Friday (14/1)" as that meeting, titled by its body', () => {
    expect(events('17/01/2028', 'The report was discussed at the provincial People\'s Committee\'s regular meeting on Friday (14/1), chaired '
      + 'by the Chairman of the Provincial People\'s Committee.')).toContainEqual(
      ['meeting', '2028-01-14', 'Regular meeting of the provincial People\'s Committee']);
    // (Two words may stand between the possessive and the noun: "regular July meeting"; the deed done there is no other event.)
    expect(events('17/07/2028', 'The report was discussed at the Provincial People\'s Committee\'s regular July meeting on Monday (14/7), chaired '
      + 'by the Chairman of the Provincial People\'s Committee.')).toEqual(
      [['meeting', '2028-07-14', 'Regular July meeting of the Provincial People\'s Committee']]);
  });

  it('still reads no longer run of capitalised words as one gathering\'s name ("The Tuyên Quang Provincial Party Congress … closed")', () => {
    expect(events('04/10/2025', 'The Tuyên Quang Provincial Party Congress for the 2025-2030 term, which opened on Wednesday, closed on '
      + 'Friday afternoon.').filter(([kind]) => kind === 'meeting').map(([, date]) => date)).not.toContain('2025-10-03');
  });
});

describe('a weekday with its part of the day and its date in brackets', () => {
  it('is dated by the date: "On Monday morning (15/9), the hospital inaugurated …"', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('17/09/2029', 'On Saturday morning (15/9), the Kon Tum General Hospital inaugurated its telemedicine centre.') })
      .events.map((e) => [e.date, e.title]);
    expect(found).toEqual([['2029-09-15', 'Kon Tum General Hospital inaugurated its telemedicine centre']]);
  });
});
