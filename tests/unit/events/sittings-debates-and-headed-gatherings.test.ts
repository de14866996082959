import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('an assembly\'s sitting and its debate as gatherings', () => {
  it('dates a debate by the day written after it, and a sitting by the day its possessive names', () => {
    expect(events('27/11/2026', 'The draft bill first came before deputies in a plenary debate on 12 November.'))
      .toEqual([['meeting', '2026-11-12', 'Plenary debate']]);
    expect(events('27/11/2026', 'Deputy Speaker Lương Văn Khải, who chaired Wednesday\'s sitting, said the decree was due by the end of the year.'))
      .toEqual([['meeting', '2026-11-25', 'Sitting']]);
  });

  it('reads neither word as a gathering where it is a verb', () => {
    expect(events('27/11/2026', 'Deputies will debate the bill on 30 November, the committee said on Monday.')).toEqual([]);
    expect(events('27/11/2026', 'The director, sitting beside the minister on Monday, said little about the budget.')).toEqual([]);
  });
});

describe('a heading that names a gathering and its day', () => {
  it('is that gathering, held that day, in capitals or not, past its weekday, place and a remark in brackets', () => {
    expect(events('13/11/2026', 'HEARING SESSION, FRIDAY AFTERNOON, 6 NOVEMBER 2026 (ABRIDGED)', 'Deputies put questions to two ministers.'))
      .toEqual([['meeting', '2026-11-06', 'Hearing session']]);
    expect(events('13/11/2026', 'Forum on Rural Digital Services – Vinh, 2 October 2026', 'Speakers from nine provinces took part.'))
      .toEqual([['meeting', '2026-10-02', 'Forum on Rural Digital Services']]);
  });

  it('is nothing when what stands between the gathering and the day is a clause, not a place or a weekday', () => {
    expect(events('13/11/2026', 'Workshop, slides and papers now online for all readers, 6 November 2026')).toEqual([]);
  });
});

describe('a debate on a law on a weekday', () => {
  it('dates the debate, not the law\'s issue', () => {
    expect(events('10/12/2026', 'Deputies debated the draft Law on Digital Technology Industry on Tuesday (8/12).').map(([kind, date]) => [kind, date]))
      .toEqual([['other', '2026-12-08']]);
  });
});
