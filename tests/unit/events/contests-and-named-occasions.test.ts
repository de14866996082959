import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('contests, their rounds, and the occasion a speech names', () => {
  it('reads a deed past a year that is part of a name ("the Green Tech Challenge (GTC) 2026 in Huế on Friday")', () => {
    expect(events('23/05/2026', 'SaltSense, a start-up that makes soil probes, won the top award at the final of the Green Tech Challenge (GTC) 2026 in Huế on Friday.'))
      .toEqual([['meeting', '2026-05-22', 'Final of the Green Tech Challenge']]);
  });

  it('reads a semifinal with its own day after the round the sentence is about', () => {
    expect(events('23/05/2026', 'Nine teams reached the final after a semifinal in Quy Nhơn on May 9.'))
      .toEqual([['meeting', '2026-05-09', 'Semifinal in Quy Nhơn']]);
  });

  it('dates a speech "addressing the final" by the final, not by a semifinal told after it', () => {
    const found = events('23/05/2026',
      'SaltSense won the top award at the final of the Green Tech Challenge in Huế on Friday.',
      'The contest, organised by the Green Tech Foundation, drew 640 entries. Nine teams reached the final after a semifinal in Quy Nhơn on May 9.',
      'Addressing the final, Deputy Minister of Science and Technology Vũ Hải Long said the ministry would double the prize fund.');
    expect(found.filter((e) => e[0] === 'remarks').map((e) => e[1])).toEqual(['2026-05-22']);
  });
});
