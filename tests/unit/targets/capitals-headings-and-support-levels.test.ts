import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a text, published on 5 March 2027. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': ['Plan on digital transformation', '05/03/2027', ...lines].join('\n') }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, deadline: t.deadline, scope: t.scope }));

describe('a plan as its document prints it', () => {
  const heading = ['The Provincial People\'s Committee has issued a plan. An unofficial translation follows.',
    'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PLAN'];

  it('takes its place from its heading in capitals, in Vietnamese or in English', () => {
    expect(targets(...heading, 'By 2030, the digital economy accounts for 20% of GRDP.').map((t) => t.scope)).toEqual(['Ha Giang']);
    expect(targets('The City People\'s Committee has issued a decision.', 'QUANG NGAI CITY PEOPLE\'S COMMITTEE | SOCIALIST REPUBLIC OF VIETNAM',
      'By 2030, the digital economy accounts for 20% of GRDP.').map((t) => t.scope)).toEqual(['Quang Ngai City']);
  });

  it('gives every item under a heading that is a time alone that time, however many items it has', () => {
    const found = targets(...heading, 'II. TARGETS', '2. By 2030', 'a) The digital economy accounts for 20-22% of GRDP.',
      'b) Spending on research and development reaches at least 1% of GRDP.', 'c) Online payments reach 80% of transactions.',
      'd) At least 90% of adults have a digital identity account.', 'e) Attract five to seven high-tech enterprises to the zone.');
    expect(found.map((t) => [t.value, t.max, t.deadline]).sort((a, b) => a[0]! - b[0]!))
      .toEqual([[1, null, 2030], [5, 7, 2030], [20, 22, 2030], [80, null, 2030], [90, null, 2030]]);
  });

  it('reads a qualifier that opens its sentence, and no support level as a target', () => {
    const found = targets(...heading, 'By 2028:', 'a) No fewer than 15,000 residents are granted digital-skills certificates;',
      'b) Trainees from poor households are supported with VND 3,000,000 per course;',
      'c) Propose a resolution on start-ups, with a support level of up to VND 300 million per project.');
    expect(found.map((t) => [t.comparator, t.value])).toEqual([['>=', 15000]]);
  });
});
