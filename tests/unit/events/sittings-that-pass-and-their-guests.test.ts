import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const eventsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).events
  .map((e) => [e.date, e.kind, e.title]);

describe('a sitting that passes something, and a guest who attends it', () => {
  it('reads "the 20th (thematic) session of the … Council passed …" as the sitting, that day, beside what it passed', () => {
    const found = eventsOf('10/12/2030', 'This morning, the 20th (thematic) session of the Kon Tum Provincial People\'s Council passed two '
      + 'resolutions: one on forest data, the other on start-ups.');
    expect(found).toContainEqual(['2030-12-10', 'meeting', '20th (thematic) session of the Kon Tum Provincial People\'s Council']);
  });

  it('reads a deputy minister attending the sitting of a province\'s council as a guest whose remarks are an event that day', () => {
    const found = eventsOf('10/12/2030', 'This morning, the 20th session of the Kon Tum Provincial People\'s Council passed two resolutions.',
      'Attending the session, Deputy Minister of Science and Technology Vũ Hải Quân said Kon Tum was among the first provinces to link '
      + 'forest data with water data.');
    expect(found).toContainEqual(['2030-12-10', 'remarks', 'Vũ Hải Quân delivered remarks at the session']);
  });

  it('reads "at its 24th session, a thematic session, the … Council passed" as the council\'s sitting that day, the council the subject', () => {
    const found = eventsOf('12/03/2031', 'This morning, at its 24th session, a thematic session, the Gia Lai Provincial People\'s Council passed '
      + 'Resolution No. 611/2031/NQ-HĐND on support for coffee traceability.');
    expect(found).toContainEqual(['2031-03-12', 'meeting', '24th session of the Gia Lai Provincial People\'s Council']);
    expect(found).toContainEqual(['2031-03-12', 'passed', 'Gia Lai Provincial People\'s Council passed Resolution No. 611/2031/NQ-HĐND']);
  });

  it('gives a guest "attending the session" the council\'s sitting, not a committee\'s working session told since', () => {
    const found = eventsOf('12/03/2031', 'This morning, at its 24th session, the Gia Lai Provincial People\'s Council passed Resolution No. '
      + '611/2031/NQ-HĐND on support for coffee traceability.', 'Head of the council\'s Economic Committee Rơ Mah Tuân presented the '
      + 'verification report. On Monday (10/3), the committee held a working session with two coffee exporters.',
    'Attending the session, Deputy Minister of Agriculture Lê Quốc Thanh said the ministry would link the province\'s codes to the '
      + 'national system.');
    expect(found).toContainEqual(['2031-03-12', 'remarks', 'Lê Quốc Thanh delivered remarks at the session']);
  });

  it('reads a sitting that only frames what was done at it as no event of its own', () => {
    const found = eventsOf('10/12/2030', 'At its 20th session this morning, the Kon Tum Provincial People\'s Council passed two resolutions.');
    expect(found.filter(([, kind]) => kind === 'meeting').length).toBeLessThanOrEqual(1);
    expect(found.some(([, kind]) => kind === 'passed')).toBe(true);
  });
});

describe('a meeting a body told by its kind held, a draw held on a day, and a rail of related notices', () => {
  it('gives a meeting "the department met …" the department the text first names, so a bank branch\'s deputy there is a guest', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('27/05/2031', 'Under Notice No. 1402/TB-SXD dated 27/5/2031, the Bắc Giang Department '
      + 'of Construction announces the sale of 260 social housing apartments.', 'On Monday (26/5), the department met the developer and '
      + 'officials of two wards to prepare the sale.', 'Attending the meeting, Deputy Director of the Bắc Giang branch of the Vietnam Bank '
      + 'for Social Policies Hà Thị Nga said the branch had set aside VND 300 billion for loans to buyers.') }).events
      .map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2031-05-26', 'remarks', 'Hà Thị Nga delivered remarks at the meeting']);
  });

  it('reads "the company met village heads and commune officials" as the company\'s meeting, where a department\'s deputy is a guest', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/05/2031', 'Red River Telecom Joint Stock Company will switch off its 2G network in '
      + 'Hà Giang province from 15 June 2031.', 'Last Monday (12/5), the company met village heads and commune officials in Mèo Vạc commune.',
      'Attending the meeting, Deputy Director of the Hà Giang Department of Science and Technology Hoàng Thị Lan said the department would '
      + 'check the work each month.') }).events.map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2031-05-12', 'meeting', 'Meeting of the company with village heads and commune officials']);
    expect(found).toContainEqual(['2031-05-12', 'remarks', 'Hoàng Thị Lan delivered remarks at the meeting']);
  });

  it('reads a sub-department\'s training and its meeting with counted people, where officials of other bodies are guests', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('21/08/2031', 'Under Notice No. 6012/TB-TTBVTV dated 20/8/2031, the Tiền Giang '
      + 'Sub-department of Crop Production and Plant Protection informs growers of new rules.', 'On Tuesday (19/8), the sub-department met '
      + '45 cooperatives and 9 packing houses in Cai Lậy ward.', 'Attending the meeting, Deputy Director of the Department of Crop Production '
      + 'and Plant Protection under the Ministry of Agriculture and Environment Lê Thị Ngọc Hà said the ministry would share the database.',
    'Last Monday (18/8), the sub-department held a training course for 80 packing house staff.', 'Attending the training, Deputy Director '
      + 'of the Tiền Giang Department of Industry and Trade Phạm Văn Tâm said market teams would scan the labels.') }).events
      .map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2031-08-19', 'meeting', 'Meeting of the sub-department with 45 cooperatives and 9 packing houses']);
    expect(found).toContainEqual(['2031-08-19', 'remarks', 'Lê Thị Ngọc Hà delivered remarks at the meeting']);
    expect(found).toContainEqual(['2031-08-18', 'remarks', 'Phạm Văn Tâm delivered remarks at the training']);
  });

  it('reads "allocated by an electronic draw held on 16/10/2030" as the draw, that day', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('27/05/2031', 'The 320 apartments of Block A were allocated by an electronic draw '
      + 'held on 16/10/2030, the first in the province; 2,140 households applied.') }).events.map((e) => [e.date, e.kind, e.title]);
    expect(found).toEqual([['2030-10-16', 'other', 'Electronic draw held']]);
  });

  it('reads no event in a rail of "Related notices" after the text', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('27/05/2031', 'The department will sell 260 apartments online this summer.',
      'Buyers apply on the provincial portal.', 'Related notices', '- Block A: list of buyers who signed contracts (03/12/2030)',
      '- Social housing in Phổ Yên ward: call for investors (12/05/2031)') }).events;
    expect(found).toEqual([]);
  });
});

describe('a guest whose title names a body no link names', () => {
  it('reads a department\'s deputy director attending an office\'s training as its guest', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('20/08/2031', 'Yesterday, the Phan Rang Notary Office trained its 12 notaries and staff on '
      + 'the new procedure.', 'Attending the training, Deputy Director of the Ninh Thuận Department of Justice Pinăng Văn Hùng said the '
      + 'department would add electronic notarisation to its inspection plan.') }).events.map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2031-08-19', 'remarks', 'Pinăng Văn Hùng delivered remarks at the training']);
  });

  it('leaves the host\'s own official attending its training no guest', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('20/08/2031', 'Yesterday, the Phan Rang Notary Office trained its 12 notaries and staff on '
      + 'the new procedure.', 'Attending the training, Deputy Head of the Phan Rang Notary Office Lê Văn Hùng said the office would buy a '
      + 'second signing server.') }).events.map((e) => e.kind);
    expect(found).not.toContain('remarks');
  });
});

describe('a deed done as a trial since a day', () => {
  it('reads "Since 1 March, the office has notarised 1,430 contracts electronically as a trial" as the trial, begun that day', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('20/08/2031', 'Since 1 March, the office has notarised 1,430 contracts electronically as '
      + 'a trial with two banks.') }).events.map((e) => [e.date, e.kind, e.title]);
    expect(found).toEqual([['2031-03-01', 'other', 'Office notarised 1,430 contracts electronically as a trial']]);
  });

  it('reads a deed since a day that is no trial as no event of its start', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('20/08/2031', 'Since 1 March, the office has notarised 1,430 contracts electronically.') })
      .events.filter((e) => e.date === '2031-03-01');
    expect(found).toEqual([]);
  });
});

describe('a speech printed in full after the page tells its day', () => {
  it('dates the speaker\'s "today" by the day the speech was given, not the page\'s', () => {
    const page = ['CẦN THƠ FINANCE', 'Home | Banking | Speeches', 'Thứ Sáu, 27/6/2031', 'Full text of the deputy governor\'s speech',
      'Cần Thơ Finance publishes the full text of the speech delivered by Deputy Governor of the State Bank of Vietnam Lê Thị Minh Hằng at '
        + 'the Mekong Fintech Forum, held by the Cần Thơ City People\'s Committee on Thursday (26/6).',
      'Ladies and gentlemen,', 'It is my pleasure to attend the forum today. Cashless payments in the Mekong Delta have grown fast.'].join('\n');
    const found = timelineOf({ 'seeds/a.txt': page }).events.map((e) => [e.date, e.kind]);
    expect(found.filter(([date]) => date === '2031-06-27')).toEqual([]);
    expect(found).toContainEqual(['2031-06-26', 'remarks']);
  });
});
