import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('days an instrument takes effect on, and gatherings named only by their noun', () => {
  it('dates an instrument by the month it was issued in, not the day it took effect', () => {
    expect(events('05/11/2026', 'Deputies cited Circular No. 14/2026/TT-BNV on hiring norms, which the Ministry of Home Affairs issued in May '
      + 'and which took effect on July 15.')).toEqual([['instrument', '2026-05', expect.stringMatching(/Circular 14\/2026\/TT-BNV/)]]);
  });

  it('dates no happening by a day written as when an instrument came into force', () => {
    expect(events('05/11/2026', 'Decree 88/2026/NĐ-CP, which came into force on Monday, was signed by the Prime Minister in August.'))
      .toEqual([['signed', '2026-08', expect.stringMatching(/Decree 88\/2026\/NĐ-CP/)]]);
  });
});
