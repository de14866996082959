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

  it('refers "the resolution, dated …" to the one the text is about, not to one it replaces or follows', () => {
    const found = events('11/08/2030', 'HÀ NỘI – The Government has issued Resolution No. 612/NQ-CP adopting the Action Programme on Digital Ports.',
      'It replaces Resolution No. 88/NQ-CP on port data, and follows the Politburo\'s Resolution 57-NQ/TW on science and technology.',
      'The resolution, dated 9 August 2030, takes effect on signing.');
    expect(found).toContainEqual(['instrument', '2030-08-09', 'Resolution 612/NQ-CP issued']);
    expect(found.filter(([, , title]) => /88\/NQ-CP|57-NQ/.test(String(title)))).toEqual([]);
    // (One the text names alone is still the one meant, though another replaces it.)
    expect(events('11/08/2030', 'The plan replaces Resolution No. 88/NQ-CP on port data.', 'The resolution, dated 9 May 2029, covered 14 ports.'))
      .toContainEqual(['instrument', '2029-05-09', 'Resolution 88/NQ-CP issued']);
  });

  it('dates a document by a reduced relative after a subject that lists things ("on A, B and C for 2029–2032, signed on 14 March")', () => {
    expect(events('19/03/2029', 'The Hà Tĩnh Provincial People\'s Committee has issued Plan No. 1508/KH-UBND on digital logistics, seaports and '
      + 'e-commerce for 2029–2032, signed on 14 March by Vice Chairman Phan Đình Quyết.').map(([, date, title]) => [date, title]))
      .toContainEqual(['2029-03-14', 'Plan 1508/KH-UBND signed']);
  });

  it('dates no happening by a time in a relative clause with a verb of its own', () => {
    expect(events(...lines).filter(([, date]) => String(date).startsWith('2025'))).toEqual([]);
  });

  it('still dates a gathering by the relative clause that tells when it opened', () => {
    expect(events('14/10/2025', 'The congress, which opened on Friday, brought together 350 delegates.')).toEqual([['meeting', '2025-10-10', 'Congress']]);
  });
});
