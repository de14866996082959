import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('a week\'s calendar, entry by entry', () => {
  it('dates entries stamped "Tuesday – …" by their weekday, however many entries open with one', () => {
    expect(events('14/06/2026', 'LOOKING BACK',
      'Monday, June 8 – Deputy Prime Minister Lê Văn Tùng chaired a meeting of the National Steering Committee on Open Data.',
      'Tuesday – The Ministry of Finance issued Circular 41/2026/TT-BTC on innovation tax credits.',
      'Thursday – Hải Dương opened the Nam Sách Data Park, a 9-hectare cluster.')).toEqual([
      ['meeting', '2026-06-08', 'Meeting of the National Steering Committee on Open Data'],
      ['instrument', '2026-06-09', 'Ministry of Finance issued Circular 41/2026/TT-BTC'],
      ['other', '2026-06-11', 'Hải Dương opened the Nam Sách Data Park'],
    ]);
  });

  it('reads no past deed in an entry still to come ("…, co-chaired by the Minister")', () => {
    expect(events('14/06/2026', 'Wednesday–Thursday, June 17–18 – The Vietnam–Japan Robotics Forum meets in Huế, co-chaired by Minister of Industry Đặng Văn Lực.'))
      .toEqual([]);
  });

  it('reads "the final draft" as no contest\'s final', () => {
    expect(events('14/06/2026', 'Issue 22: the AI sandbox circular is in the final draft (31/05/2026)')).toEqual([]);
  });

  it('names a numbered part of what was launched ("version 3.0 of the VNeID app")', () => {
    expect(events('14/06/2026', 'The Ministry of Public Security launched version 4.1 of the e-health app on June 2.'))
      .toEqual([['other', '2026-06-02', 'Ministry of Public Security launched version 4.1 of the e-health app']]);
  });
});
