import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event of one text, milestones left out. */
const eventsOf = (text: string) => timelineOf({ 'seeds/a.txt': text }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

/** A live page of Friday 16/04/2027 whose entries sit under bare time stamps, each on a line of its own. */
const live = (...entries: string[]) => ['HA LONG TODAY\nHome | News | Live',
  'LIVE: Quang Ninh Digital Day 2027 - as it happened', 'Thứ Sáu, 16/4/2027 | Cập nhật lần cuối: 12:10', ...entries].join('\n\n');

describe('entries of a live page told in the perfect, the progressive or "is live"', () => {
  it('reads "have just signed" as a signing on the page\'s day (a verb already in the past is not made past again)', () => {
    expect(eventsOf(live('11:40', 'SIGNING. Ha Long Marine Institute and Song Da Robotics have just signed an agreement on training '
      + 'robot technicians.'))).toEqual([
      ['signed', '2027-04-16', expect.stringMatching(/^Ha Long Marine Institute and Song Da Robotics have just signed an agreement/)],
    ]);
  });

  it('reads "X is live" after a button pressed as the launch of X', () => {
    expect(eventsOf(live('11:10', 'LAUNCH. Chairman Le Van Tam presses the button: HaLong Smart 3.0 is live. The new version brings '
      + '150 public services into one app.'))).toEqual([
      ['other', '2027-04-16', expect.stringMatching(/HaLong Smart 3\.0 went live$/)],
    ]);
  });

  it('reads the progressive as the past ("are signing" → "signed"), but not a thing or "is going to"', () => {
    expect(eventsOf(live('10:20', 'The provincial People\'s Committee and VNPT are signing a memorandum of understanding on smart tourism.')))
      .toEqual([['signed', '2027-04-16', expect.stringMatching(/VNPT signed a memorandum of understanding on smart tourism$/)]]);
    expect(eventsOf(live('10:20', 'The provincial People\'s Committee is going to sign a memorandum of understanding with VNPT.'))).toEqual([]);
  });

  it('still reads a gathering opened by a name in apposition ("…, Lê Văn Tâm, opens the forum")', () => {
    expect(eventsOf(live('10:05', 'The Chairman of the Quang Ninh Provincial People\'s Committee, Lê Văn Tâm, opens the Quang Ninh '
      + 'Digital Forum.'))).toContainEqual(['meeting', '2027-04-16', expect.stringMatching(/Quang Ninh Digital Forum/)]);
  });

  it('leaves an entry without a happening alone', () => {
    expect(eventsOf(live('12:30', 'Reader question: is the app on iPhone? The department says it is on both app stores.'))).toEqual([]);
  });
});

describe('a thing that went live', () => {
  it('is launched on the day the sentence gives, and "It" is the thing named before', () => {
    expect(eventsOf(dated('20/04/2027', 'The HaLong Smart portal went live on Monday.'))).toEqual([
      ['other', '2027-04-19', 'HaLong Smart portal went live'],
    ]);
    expect(eventsOf(dated('20/04/2027', 'The Quang Ninh Open Data Portal was approved by the provincial People\'s Committee in 2025. '
      + 'It went online in March 2027.'))).toContainEqual(['other', '2027-03', 'Quang Ninh Open Data Portal went online']);
  });
});

/** A chronology page of Wednesday 02/06/2027: each entry under a line that is only its day or month, then what is to come. */
const chronology = (...entries: string[]) => ['MEKONG DATA DESK', 'Home | Data | Timeline',
  'TIMELINE: Vĩnh Long and Resolution 57', 'Cập nhật lần cuối: 02/06/2027', 'Entries are listed from oldest to newest.', ...entries]
  .join('\n');

describe('a chronology whose entries sit under lines of their own dates', () => {
  it('dates each entry by its line: a day, a month, a day after its weekday, a dotted day, a weekday before the publication', () => {
    expect(eventsOf(chronology('22/12/2024', 'The Politburo issues Resolution 57-NQ/TW on science and technology.',
      'February 2025', 'The Vĩnh Long Provincial Party Committee issues Programme No. 11-CTr/TU to implement the resolution.',
      'Tuesday, 9 June 2026', 'The province and Mekong Chips sign an investment agreement for a testing plant.',
      '20.10.2026', 'At a thematic session, the Provincial People\'s Council adopts Resolution No. 21/2026/NQ-HĐND on training.',
      'Last Friday', 'Deputy Minister of Science and Technology Hồ Đức Hạnh visits the Long Hồ Incubator.')).map(([, date]) => date))
      .toEqual(['2024-12-22', '2025-02', '2026-06-09', '2026-10-20', '2026-10-20', '2027-05-28']);
  });

  it('dates a schedule\'s engagements listed under a Vietnamese weekday and its day, and none of the week still to come', () => {
    const schedule = ['PROVINCIAL PORTAL', 'Home | Government | Schedule', 'Ngày đăng: 16/07/2027 16:30', 'WORK SCHEDULE OF THE PROVINCIAL LEADERS',
      'Week 29, with the main results of week 28', 'I. MAIN ENGAGEMENTS HELD IN WEEK 28 (12/7 – 16/7/2027)', 'Thứ Hai (12/7)',
      '- 08:00: Chairman Lê Văn Tâm chaired a thematic meeting of the Provincial People\'s Committee on the data centre.',
      'Thứ Năm (15/7)', '- 08:00: Vice Chairwoman Hà Thị Lan signed Plan No. 214/KH-UBND on digital agriculture.',
      'II. SCHEDULE FOR WEEK 29 (19/7 – 25/7/2027)', 'Thứ Hai (19/7)',
      '- 08:00: Chairman Lê Văn Tâm chairs the meeting of the Provincial People\'s Committee reviewing the first six months.'].join('\n');
    // (Titled without the engagement's time of day.)
    expect(eventsOf(schedule)).toEqual([
      ['meeting', '2027-07-12', 'Thematic meeting of the Provincial People\'s Committee on the data centre'],
      ['signed', '2027-07-15', 'Vice Chairwoman Hà Thị Lan signed Plan No. 214/KH-UBND'],
    ]);
  });

  it('dates nothing still to come, under its own line or after its own stamp', () => {
    expect(eventsOf(chronology('COMING UP', '15/6/2027 – The Provincial Party Committee reviews Programme No. 11-CTr/TU.',
      '30/6/2027', 'The Provincial People\'s Committee holds a conference on the data centre.'))).toEqual([]);
  });
});
