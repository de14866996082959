import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** The numbered instruments a text's entities hold, by name with their aliases. */
const instruments = (...lines: string[]) => (timelineOf({ 'seeds/a.txt': dated('26/03/2026', ...lines) }).entities ?? [])
  .filter((e) => /^(?:dispatch|decision|conclusion|decree|circular)$/.test(e.type)).map((e) => [e.name, ...e.aliases]);

describe('rails of other pages, and an instrument\'s "Official" name', () => {
  it('reads no instrument in a rail of other news or related documents after the article', () => {
    const found = instruments('The inspectorate published Conclusion No. 12/KL-TTr on the use of science funds.', 'Tin khác',
      '› Kết luận thanh tra số 31/KL-TTr về đất đai', 'Related documents', '› Decision 2210/QD-BKHCN on procedures');
    expect(found.map(([name]) => name)).toEqual(['Conclusion 12/KL-TTr']);
  });

  it('knows an "Official Dispatch" by that name too', () => {
    expect(instruments('On Tuesday, the chairman signed Official Dispatch No. 512/UBND-KT on the conclusion.'))
      .toEqual([expect.arrayContaining(['Dispatch 512/UBND-KT', 'Official Dispatch 512/UBND-KT'])]);
  });
});
