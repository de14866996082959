import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date]);

describe('days told relative to the happening just reported', () => {
  it('dates "The previous day, …" and "The following day, …" from the last happening, not from a "today" in between', () => {
    const found = events('09/05/2026',
      'On May 7, the Hoa Binh College of Technology inaugurated its robotics laboratory.',
      'About 120 students use the laboratory today.',
      'The previous day, the college hosted a workshop on teaching embedded systems.',
      'The following day, the college held a seminar with 14 enterprises.');
    expect(found).toEqual(expect.arrayContaining([['other', '2026-05-07'], ['meeting', '2026-05-06']]));
    expect(found.filter(([kind]) => kind === 'meeting').map(([, date]) => date).sort()).toEqual(['2026-05-06', '2026-05-07']);
  });

  it('dates "On the same occasion, …" by the text\'s occasion, however far back it is', () => {
    const found = events('09/05/2026',
      'On May 7, the provincial Department of Science and Technology held a conference on digital agriculture.',
      'Speakers discussed sensors for orchards.', 'Several cooperatives showed their traceability systems.',
      'Farmers asked about loans for drip irrigation.', 'The department promised a guide before the summer.',
      'On the same occasion, the department and a seed company signed a memorandum of understanding on field trials.');
    expect(found).toEqual(expect.arrayContaining([['meeting', '2026-05-07'], ['signed', '2026-05-07']]));
  });

  it('reads a gathering that opens or wraps up as its subject', () => {
    expect(events('09/05/2026', 'The Lang Son Border Trade Digital Fair 2026 kicked off in Dong Dang town on Thursday morning.'))
      .toEqual([['meeting', '2026-05-07']]);
    expect(events('09/05/2026', 'The regional startup festival wrapped up on May 8 with awards for 12 teams.'))
      .toEqual(expect.arrayContaining([['meeting', '2026-05-08']]));
  });

  it('moves "The previous Friday, …" back to that weekday, and "The previous afternoon, …" one day', () => {
    const found = events('14/05/2026',
      'On Tuesday, the Quang Tri Economic Zone Authority inaugurated a logistics data centre.',
      'The previous afternoon, the delegates held a working session with the port operators.',
      'The previous Friday, the authority presented certificates of merit to two port operators.');
    expect(found).toEqual(expect.arrayContaining([['other', '2026-05-12'], ['meeting', '2026-05-11']]));
    expect(found.some(([, date]) => date === '2026-05-08')).toBe(true);
  });

  it('dates an act "on the same day" by the text\'s occasion when its own sentence has no other date', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('19/07/2026',
      'On July 17, the Provincial Party Committee held its conference to review the digital plan.',
      'Speakers asked for more funding.', 'Concluding the conference, the Secretary asked every member to take charge of indicators.',
      'The Standing Board issued Conclusion No. 77-KL/TU on the same day.') }).events;
    expect(found.filter((e) => e.kind !== 'milestone' && e.kind !== 'meeting').map((e) => e.date)).toEqual(['2026-07-17']);
  });

  it('reads a launch in the passive, with a long subject named by its head, and a gathering chaired by its possessive name', () => {
    expect(events('14/05/2026', 'A seed-testing laboratory of Mekong Agri, a subsidiary of a Thai group, was inaugurated at the Can Tho High-Tech Park on Tuesday.'))
      .toEqual([['other', '2026-05-12']]);
    expect(events('14/05/2026', 'Minister Tran Van Loc on Tuesday chaired the ministry\'s quarterly meeting on data.')).toEqual([['meeting', '2026-05-12']]);
  });
});

describe('"The previous day" after an instrument cited with its date', () => {
  it('moves from the day of the happening the text reports, not from the instrument\'s date', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('18/04/2025', 'On Wednesday, Minister Lê Văn Hùng visited the Hòa Lạc park.',
      'The province issued Plan No. 5/KH-UBND dated 10/04/2025 on data centres.', 'The previous day, Hùng met investors in Hà Nội.') }).events;
    expect(found.filter((e) => e.kind === 'meeting').map((e) => e.date)).toEqual(['2025-04-15']);
  });
});

describe('a day told with "ngày" or after a part of the day', () => {
  it('dates a meeting "on Friday (ngày 12/6)" and a visit "On the morning of 13/6" as happenings, not as instruments\' dates', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('13/06/2026',
      'Leaders of five provinces met in Vinh on Friday (ngày 12/6) for a regional conference on data sharing.',
      'On the morning of 13/6, the delegation visited the Nghệ An Innovation and Startup Hub.') }).events;
    expect(found.map((e) => [e.kind, e.date])).toEqual([['meeting', '2026-06-12'], ['other', '2026-06-13']]);
  });

  it('still reads "ngày" after an instrument\'s code as that instrument\'s date', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('13/06/2026',
      'The province carries out Plan No. 45/KH-UBND ngày 20/1/2026 on data sharing, the director said at the conference on Friday.'),
    }).events;
    expect(found.filter((e) => e.kind === 'meeting').map((e) => e.date)).toEqual(['2026-06-12']);
  });
});

describe('a day opening a sentence, then a clause of time with a verb of its own', () => {
  it('dates the main clause ("On December 22, two years after X issued …, the Committee held …"), not what the clause tells', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('30/12/2026',
      'On December 22, two years after the Politburo issued its resolution, the Steering Committee held a national conference in Hà Nội.') })
      .events.filter((e) => e.kind !== 'milestone');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['meeting', '2026-12-22', 'Steering Committee held a national conference in Hà Nội']]);
  });

  it('keeps the instrument\'s own date for the clause\'s act, and names the main clause\'s subject past a date\'s comma', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('30/12/2026', 'On December 22, two years after the Politburo issued Resolution No. 57-NQ/TW '
      + 'of December 22, 2024, the Central Steering Committee on science and technology held a national conference in Hà Nội.') })
      .events.filter((e) => e.kind !== 'milestone');
    expect(found.map((e) => [e.kind, e.date, e.title]).sort()).toEqual([
      ['instrument', '2024-12-22', expect.stringMatching(/Resolution No\. 57-NQ\/TW/)],
      ['meeting', '2026-12-22', 'Central Steering Committee on science and technology held a national conference in Hà Nội'],
    ]);
  });
});
