import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

describe('events merged across texts', () => {
  const { events } = timelineOf({
    'seeds/a.txt': dated('14/01/2025', 'On the morning of January 13, in Hanoi, the Politburo held a national conference on digital transformation.', 'General Secretary To Lam attended the conference.'),
    'seeds/b.txt': dated('15/01/2025', 'General Secretary To Lam spoke at a conference on January 13 about digital transformation.'),
    'seeds/c.txt': dated('20/01/2025', 'On January 13, the Ministry of Health held a conference on hospital data.', 'Minister Dao Hong Lan attended.'),
    'seeds/d.txt': dated('05/01/2025', 'Ministries implement Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo.'),
    'seeds/e.txt': dated('06/01/2025', 'On December 22, 2024, General Secretary To Lam signed and issued Resolution No. 57-NQ/TW of the Politburo.'),
  });
  const meetings = events.filter((e) => e.kind === 'meeting');

  it('merges the same gathering reported by two texts into one event listing both', () => {
    const national = meetings.find((e) => e.title.startsWith('National conference'));
    expect(national?.sources.map((s) => s.document)).toEqual(['a', 'b']);
  });

  it('keeps a different gathering on the same day apart', () => {
    expect(meetings.map((e) => e.title).toSorted()).toEqual(['Conference on hospital data', 'National conference on digital transformation']);
  });

  it('merges an instrument\'s issue reported as "dated" and as "signed and issued", keeping the better title', () => {
    const issued = events.filter((e) => e.kind !== 'meeting' && e.kind !== 'remarks');
    expect(issued.map((e) => [e.kind, e.title, e.date, e.sources.map((s) => s.document)])).toEqual([
      ['signed', 'General Secretary To Lam signed and issued Resolution No. 57-NQ/TW', '2024-12-22', ['d', 'e']],
    ]);
  });
});
