import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('undated sentences that report the occasion of the lead', () => {
  it('dates acts of a session by the day of the lead', () => {
    const found = events('04/06/2025',
      'On June 3, the Provincial People\'s Council held its 29th thematic session.',
      'At the session, delegates approved Resolution No. 15/2025/NQ-HĐND on policies supporting innovation in the 2025-2030 period.',
      'The council also approved the resolution adjusting the province\'s 2025 public investment plan.');
    expect(found.map((e) => [e.kind, e.date]).toSorted()).toEqual([['approved', '2025-06-03'], ['approved', '2025-06-03'], ['meeting', '2025-06-03']]);
    expect(found.map((e) => e.title)).toContain('Council approved the resolution adjusting the province\'s 2025 public investment plan');
  });

  it('dates remarks delivered at the lead\'s conference', () => {
    const found = events('11/07/2025',
      'The Ministry of Science and Technology on July 10 held a national conference in Hanoi on the new law.',
      'Deputy Prime Minister Vu Thanh Binh attended and delivered remarks.');
    expect(found.find((e) => e.kind === 'remarks')).toMatchObject({ date: '2025-07-10', title: 'Deputy Prime Minister Vu Thanh Binh delivered remarks' });
  });

  it('does not give the lead\'s date to an act by someone the occasion does not name', () => {
    const found = events('20/11/2025',
      'At a conference on November 17, the Dak Lak Provincial People\'s Committee reported on digital transformation.',
      'The province issued Plan No. 245/KH-UBND on digital transformation.');
    expect(found.map((e) => e.kind)).toEqual(['meeting']);
  });

  it('does not give the lead\'s date to an act in the pluperfect', () => {
    const found = events('21/08/2025',
      'On August 15, the Politburo held a meeting on science and technology.',
      'The Politburo noted that the Law on Data had been promulgated.');
    expect(found.map((e) => e.kind)).toEqual(['meeting']);
  });
});
