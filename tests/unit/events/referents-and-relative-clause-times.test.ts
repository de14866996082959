import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('a document told by its type alone, and a time in a relative clause', () => {
  const lines = ['10/07/2027', 'NAM ĐỊNH — The Nam Định Provincial People\'s Council on Thursday (July 8) adopted Resolution No. 31/2027/NQ-HĐND, '
    + 'which amends Resolution No. 09/2026/NQ-HĐND dated April 2, 2026 on the digital economy.',
  'The resolution was passed with 70 of the 72 delegates present voting in favour at the council\'s tenth session, a one-day session called to '
    + 'bring the plans in line with the merged province, which absorbed Hà Nam in 2025.'];

  it('refers to the document its sentence is about, not to one that document amends', () => {
    const found = events(...lines);
    expect(found.filter(([, , title]) => /09\/2026/.test(String(title)) && !/issued/.test(String(title)))).toEqual([]);
  });

  it('dates no happening by a time in a relative clause with a verb of its own', () => {
    expect(events(...lines).filter(([, date]) => String(date).startsWith('2025'))).toEqual([]);
  });

  it('still dates a gathering by the relative clause that tells when it opened', () => {
    expect(events('14/10/2025', 'The congress, which opened on Friday, brought together 350 delegates.')).toEqual([['meeting', '2025-10-10', 'Congress']]);
  });
});
