import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone');

describe('a live report told in the present, entry by entry', () => {
  const blog = events('21/10/2026', 'LIVE: Provincial Digital Economy Forum (Wednesday, October 21)',
    'Our reporters follow the forum at the provincial exhibition hall. The previous day, the organisers held a hackathon workshop for students.',
    '09:00 – Vice Chairman of the Provincial People\'s Committee Lo Van Hieu opens the forum.',
    '10:20 – Three cooperation agreements are signed between the province and telecom firms.',
    '11:05 - Director Kha Thi Mai and Rector Lu Van Tam press the button to launch the provincial open data portal.',
    '14:30 – Hieu presents certificates of merit to twelve start-ups.');

  it('reads each entry as happening on the page\'s day, its verbs in the present read as the past', () => {
    const found = blog.map((e) => [e.kind, e.date, e.title]);
    expect(found).toContainEqual(['signed', '2026-10-21', 'Three cooperation agreements signed']);
    expect(found).toContainEqual(['other', '2026-10-21', expect.stringMatching(/presented certificates of merit/)]);
    expect(found.filter(([, date]) => date === '2026-10-21').map(([kind]) => kind)).toEqual(expect.arrayContaining(['meeting', 'other', 'signed']));
    expect(found.some(([, , title]) => /launch of the provincial open data portal/i.test(title as string))).toBe(true);
  });

  it('keeps the sentence each came from as the text wrote it, in the present', () => {
    const signing = blog.find((e) => e.kind === 'signed')!;
    expect(signing.sources[0]!.text).toContain('are signed between the province');
  });

  it('counts "the previous day" back from the day the title writes, before any happening is told', () => {
    expect(blog.map((e) => [e.date, e.title])).toContainEqual(['2026-10-20', expect.stringMatching(/hackathon/i)]);
  });

  it('reads no participle after a name as a verb in the present ("Committee reviewing the …" is no "reviewinged")', () => {
    const found = events('21/10/2026', 'LIVE: Provincial review meeting (Wednesday, October 21)',
      '09:00 – Chairman Lo Van Hieu opens the meeting of the Provincial People\'s Committee reviewing the first nine months.');
    expect(found.map((e) => e.title).join(' | ')).not.toMatch(/inged\b/);
    expect(found.map((e) => e.date)).toContain('2026-10-21');
  });

  it('reads "X is speaking now" as X delivering remarks', () => {
    const found = events('21/10/2026', 'LIVE: Provincial Digital Economy Forum (Wednesday, October 21)',
      '12:05 – Deputy Minister of Science and Technology Ha Van Son is speaking now. He praised the province\'s start-up fund.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toContainEqual(['remarks', '2026-10-21', 'Ha Van Son delivered remarks']);
  });

  it('keeps apart two engagements of a day listed in one block, each with its own people', () => {
    const found = timelineOf({ 'seeds/a.txt': ['PROVINCIAL PORTAL', 'Home | Government | Schedule', 'Ngày đăng: 16/07/2027 16:30',
      'WORK SCHEDULE OF THE PROVINCIAL LEADERS', 'Week 29, with the main results of week 28', 'Thứ Hai (12/7)',
      '- 08:00: Chairman Lê Văn Tâm chaired a thematic meeting of the Provincial People\'s Committee on the data centre.',
      '- 14:00: Vice Chairman Bùi Mạnh Cường worked with the Department of Finance on the 2028 budget estimate.'].join('\n') }).events;
    const meetings = found.filter((e) => e.kind === 'meeting' && e.date === '2027-07-12');
    expect(meetings).toHaveLength(2);
    expect(meetings.map((e) => e.participants.some((p) => /le-van-tam/.test(p)))).toEqual([true, false]);
  });

  it('reads no entry where a paragraph does not open with a time of day', () => {
    expect(events('21/10/2026', 'Each year Vice Chairman Lo Van Hieu presents certificates of merit to twelve start-ups.')).toEqual([]);
  });

  it('reads a chronology\'s entries stamped with their day, told in the present, with no dash in their titles', () => {
    const found = events('30/12/2026', '2026 in review, month by month', 'MARCH',
      '• Mar 12 – The Ministry of Science and Technology issues Circular No. 07/2026/TT-BKHCN on research grants.',
      '• Mar 20 – The Tay Bac Design Hub opens in Son La with nine resident firms.',
      '• Apr 2 – Decree No. 61/2026/ND-CP on public procurement of innovative products is promulgated.',
      '• Oct 5 – More than 300 firms attend the Mekong Digital Forum in Can Tho.').map((e) => [e.kind, e.date, e.title]);
    expect(found).toEqual(expect.arrayContaining([
      ['instrument', '2026-03-12', 'Ministry of Science and Technology issued Circular No. 07/2026/TT-BKHCN'],
      ['other', '2026-03-20', 'Tay Bac Design Hub opened in Son La with nine resident firms'],
      ['instrument', '2026-04-02', 'Decree 61/2026/ND-CP promulgated'],
      ['meeting', '2026-10-05', 'Mekong Digital Forum'],
    ]));
    // "is promulgated", read as the past, is no milestone still to come.
    expect(found.filter(([kind, date]) => kind === 'milestone' && date !== '2026')).toEqual([]);
  });
});

