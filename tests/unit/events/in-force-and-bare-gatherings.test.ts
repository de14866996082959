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

  it('names a gathering told only by its noun with its chair, place or purpose', () => {
    expect(events('08/07/2026', 'Hải Phòng\'s call centre answered 12,000 calls in the first half, according to a report presented on Monday at a '
      + 'meeting chaired by Vice Chairman of the City People\'s Committee Lê Văn Tám.')).toEqual([
      ['meeting', '2026-07-06', 'Report presented at a meeting chaired by Vice Chairman of the City People\'s Committee Lê Văn Tám'],
    ]);
    expect(events('08/07/2026', 'At a conference on Friday reviewing six months of digital transformation, science, technology and Project 06, '
      + 'the province reported 310 new online services.')[0]).toEqual(['meeting', '2026-07-03',
      'Conference reviewing six months of digital transformation, science, technology and Project 06']);
  });

  it('heads the title with what was announced at the gathering, and its agent', () => {
    expect(events('08/07/2026', 'Bắc Kạn rose to 12th in the PAPI index, according to results announced by the Ministry of Home Affairs at a '
      + 'ceremony in Hà Nội on Tuesday.')).toEqual([
      ['meeting', '2026-07-07', 'Results announced by the Ministry of Home Affairs at a ceremony in Hà Nội'],
    ]);
    expect(events('08/07/2026', 'The verdict, signed by Chief Inspector Đào Văn Hùng, was announced at a meeting at the institute on Tuesday.'))
      .toEqual([['meeting', '2026-07-07', 'Verdict announced at a meeting at the institute']]);
  });

  it('keeps the fuller of two titles one event gets from two sentences', () => {
    expect(events('08/07/2026', 'The digital transformation report was presented on Monday at a meeting chaired by Director Lê Văn Tám.',
      'Tám said at the meeting on Monday that the portal was late.')).toEqual([
      ['meeting', '2026-07-06', 'Digital transformation report presented at a meeting chaired by Director Lê Văn Tám'],
    ]);
  });
});
