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

  it('reads a rail labelled in two languages, and keeps the signer printed after "(signed and sealed)" above it', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': dated('26/03/2026', 'The Government issued Resolution No. 88/NQ-CP on open data.',
      'FOR THE PRIME MINISTER', 'DEPUTY PRIME MINISTER', '(signed and sealed)', 'Ha Minh Tri', 'Văn bản liên quan/Related documents',
      '- Decree 140/2025/NĐ-CP on data exchanges', '- Circular 9/2026/TT-BCA on open data formats') });
    expect(entities.filter((e) => e.type !== 'person' && e.type !== 'organization').map((e) => e.name)).toEqual(['Resolution 88/NQ-CP']);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ha Minh Tri']);
  });

  it('reads no instrument after a page\'s mark of the end of the text, nor in a rail of documents "in the same field"', () => {
    const lines = ['The chairman signed Decision No. 31/QĐ-UBND on start-up grants.', 'It takes effect on August 1.'];
    const ended = instruments(...lines, '--- Hết nội dung / End of text ---', 'Quyết định 1522/QĐ-UBND năm 2025 về khởi nghiệp',
      'Decree 77/2025/NĐ-CP on grants');
    expect(ended.map(([name]) => name)).toEqual(['Decision 31/QĐ-UBND']);
    const railed = instruments(...lines, 'Văn bản liên quan cùng lĩnh vực / Related documents in the same field', 'Decision 1522/QĐ-UBND of 2025 on start-ups');
    expect(railed.map(([name]) => name)).toEqual(['Decision 31/QĐ-UBND']);
    const same = instruments(...lines, 'Văn bản liên quan cùng nội dung', '- Quyết định 1522/QĐ-UBND năm 2025 về khởi nghiệp');
    expect(same.map(([name]) => name)).toEqual(['Decision 31/QĐ-UBND']);
  });

  it('reads no event in a portal\'s rail of related feedback, labelled in two languages', () => {
    const { events } = timelineOf({ 'seeds/a.txt': dated('04/05/2028', 'On 28/4/2028 the department held a working session in Quảng Hòa commune.',
      'The department replies to the citizen as follows. Measurements showed that 4G covers most hamlets of the commune, but the signal '
        + 'drops in the evening behind the limestone ridge, when the nearest base station is overloaded; a new station will be built.',
      'Phản ánh liên quan / Related feedback',
      '- PAKN-2028-01234: Internet cable cut on the road to Bắc Hợp (Answered, 19/04/2028)',
      '- PAKN-2028-01302: login errors at the post office (Answered, 26/04/2028)') });
    expect(events.map((e) => e.date)).toEqual(['2028-04-28']);
  });

  it('reads no instrument in a rail of articles "in the same category" in Vietnamese, nor in a digest\'s link to its last issue', () => {
    const lines = ['The chairman signed Decision No. 31/QĐ-UBND on start-up grants.', 'It takes effect on August 1.'];
    expect(instruments(...lines, 'Bài viết cùng chuyên mục', '- Circular 09/2026/TT-BTC guides grants (03/04/2026)').map(([name]) => name))
      .toEqual(['Decision 31/QĐ-UBND']);
    expect(instruments(...lines, 'Read last week\'s issue: Decision 1422/QĐ-TTg on the national talent fund; drones over orchards')
      .map(([name]) => name)).toEqual(['Decision 31/QĐ-UBND']);
  });

  it('knows an "Official Dispatch" by that name too', () => {
    expect(instruments('On Tuesday, the chairman signed Official Dispatch No. 512/UBND-KT on the conclusion.'))
      .toEqual([expect.arrayContaining(['Dispatch 512/UBND-KT', 'Official Dispatch 512/UBND-KT'])]);
  });

  it('knows an "Action Programme" by that name too', () => {
    const found = (timelineOf({ 'seeds/a.txt': dated('26/03/2026', 'The plan implements the Party Committee\'s Action Programme No. 09-CTr/TU.') })
      .entities ?? []).filter((e) => e.type === 'programme' || /CTr/.test(e.name)).map((e) => [e.name, ...e.aliases]);
    expect(found).toEqual([expect.arrayContaining(['Programme 09-CTr/TU', 'Action Programme 09-CTr/TU'])]);
  });
});
