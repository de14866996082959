import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('deeds whose subject stands before an aside or a time, and deeds at a ceremony', () => {
  it('reads the subject before a day written between it and its verb', () => {
    expect(events('21/05/2026', 'Lang Son City on Tuesday closed the first round of its coding course for commune officials.')).toEqual([
      ['other', '2026-05-19', 'Lang Son City closed the first round of its coding course for commune officials'],
    ]);
  });

  it('reads the subject before its asides, an age and a past title among them', () => {
    expect(events('21/05/2026', 'Đinh Quang Vũ, 79, former Rector of the Forestry College, donated 1,100 seed samples to the provincial gene bank on Monday.'))
      .toEqual([['other', '2026-05-18', 'Đinh Quang Vũ donated 1,100 seed samples to the provincial gene bank']]);
  });

  it('takes the deed, not the ceremony, when a ceremony is only where the deed took place', () => {
    expect(events('21/05/2026', 'Đinh Quang Vũ handed over his herbarium to the Forestry College at a ceremony on Monday.')).toEqual([
      ['other', '2026-05-18', 'Đinh Quang Vũ handed over his herbarium to the Forestry College at a ceremony'],
    ]);
  });

  it('keeps a ceremony that frames the sentence', () => {
    expect(events('21/05/2026', 'At a ceremony on Monday, the college opened its new herbarium.').map((e) => e[0])).toContain('meeting');
  });

  it('does not read "seed" or "need" as verbs in the past', () => {
    expect(events('21/05/2026', 'The gene bank holds 1,100 seed samples on Monday, the need for more noted.')).toEqual([]);
  });

  it('reads past a year that opens a prize\'s name to the deed\'s day', () => {
    expect(events('21/05/2026', 'Dr. Kha Thi Lan received the 2026 Golden Seed Prize for Young Breeders at a ceremony in Hue on Monday.')).toEqual([
      ['other', '2026-05-18', expect.stringMatching(/^Dr\. Kha Thi Lan received the 2026 Golden Seed Prize for Young Breeders/)],
    ]);
  });

  it('reads a gathering named with its body that closed on a day', () => {
    expect(events('21/05/2026', 'The 2nd Congress of the Lai Chau Provincial Youth Union for the 2026-2031 term closed on Tuesday, adopting a '
      + 'resolution on digital skills.')).toContainEqual(['meeting', '2026-05-19', expect.stringMatching(/^2nd Congress of the Lai Chau Provincial Youth Union/)]);
  });
});
