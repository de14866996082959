import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('deeds told in the past with their own day or month', () => {
  it('reads each verb with the time of its clause, a second verb joined by "and" sharing the subject', () => {
    expect(events('20/02/2026', 'The audit team started its fieldwork at the port authority on October 6 and finished the document review on December 2.'))
      .toEqual([
        ['other', '2025-10-06', 'Audit team started its fieldwork at the port authority'],
        ['other', '2025-12-02', 'Audit team finished the document review'],
      ]);
  });

  it('reads a passive by its subject, a month as a month, and a time that opens the clause', () => {
    expect(events('20/02/2026', 'Two mobile laboratories were purchased in November 2025 without a tender.')).toEqual([
      ['other', '2025-11', 'Two mobile laboratories purchased'],
    ]);
    expect(events('20/02/2026', 'On February 3, the district youth union ran a coding class for 60 pupils.')).toEqual([
      ['other', '2026-02-03', 'District youth union ran a coding class for 60 pupils'],
    ]);
  });

  it('reads a participle that opens the sentence as what its main subject underwent', () => {
    expect(events('20/02/2026', 'Ratified on January 14, the charter was hailed as a turning point for the cooperative.')).toEqual([
      ['other', '2026-01-14', 'Charter ratified'],
    ]);
  });

  it('leaves a time to a verb of saying, a figure or an intention, and reads no adjective as a verb', () => {
    expect(events('20/02/2026', 'The director said on Tuesday that the institute had filed four patent applications.')).toEqual([]);
    expect(events('20/02/2026', 'Software exports rose 14% in January 2026.', 'In December 2025 the index stood at 61 points.')).toEqual([]);
    expect(events('20/02/2026', 'On February 9, the bureau announced that the portal would reopen in spring.')).toEqual([]);
    expect(events('20/02/2026', 'On February 9, applicants must use the revised forms.')).toEqual([]);
  });

  it('reads no deed in a clause told beside another ("as …"), nor beside a happening another reader names', () => {
    expect(events('20/02/2026', 'The hall was full on February 10 as farmers questioned the extension officers.')).toEqual([]);
    const found = events('20/02/2026', 'On February 10, the council held its session and elected a new chairwoman.');
    expect(found.map(([kind]) => kind)).not.toContain('other');
    expect(found.map(([kind, date]) => [kind, date])).toContainEqual(['meeting', '2026-02-10']);
  });
});
