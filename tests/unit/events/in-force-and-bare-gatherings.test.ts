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

  it('titles a gathering held and named only by its noun with who held it, where and why', () => {
    expect(events('10/01/2026', 'On Thursday, the Mekong Institute of Marine Science held a conference in Cần Thơ to review its patents in 2025.'))
      .toEqual([['meeting', '2026-01-08', 'Mekong Institute of Marine Science held a conference in Cần Thơ to review its patents in 2025']]);
    expect(events('10/01/2026', 'On Thursday, the Provincial People\'s Council held its first session.'))
      .toEqual([['meeting', '2026-01-08', 'First session of Provincial People\'s Council']]);
  });

  it('reads a year that opens the gathering held as part of its name', () => {
    expect(events('10/08/2025', 'The Mekong Institute of Marine Science held its 2025 graduation ceremony on Saturday morning.'))
      .toEqual([['meeting', '2025-08-09', '2025 graduation ceremony of Mekong Institute of Marine Science']]);
  });

  it('keeps the fuller of two titles one event gets from two sentences', () => {
    expect(events('08/07/2026', 'The digital transformation report was presented on Monday at a meeting chaired by Director Lê Văn Tám.',
      'Tám said at the meeting on Monday that the portal was late.')).toEqual([
      ['meeting', '2026-07-06', 'Digital transformation report presented at a meeting chaired by Director Lê Văn Tám'],
    ]);
  });
});

describe('a chronology\'s items under a month heading', () => {
  /** A year-in-review page published on `published` ("Mon, Dec 29, 2025"), its paragraphs apart. */
  const review = (published: string, ...lines: string[]) => timelineOf({
    'seeds/a.txt': ['MEKONG TECH WEEKLY\nNews   Policy   Startups   Events', `YEAR IN REVIEW | ${published}, 4:10 PM | By MTW Staff`].join('\n')
      + ['', 'The year in review: the Mekong Delta science and technology year, month by month',
        'A year after the Politburo adopted its resolution, the delta started to build. Here is what happened, month by month.', ...lines]
        .join('\n\n'),
  }).events.filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

  it('dates an item without a day by its month heading, told in the present', () => {
    expect(review('Mon, Dec 29, 2025', 'MARCH', '• Mar 4 – The Ministry of Finance issues Circular No. 12/2025/TT-BTC on research spending.',
      'APRIL', '• The Secretariat issues Conclusion No. 133-KL/TW on digital government.',
      '• In late April, the Cần Thơ data centre is switched on with 512 servers.', 'WHAT TO WATCH NEXT YEAR', 'The province wants more start-ups.'))
      .toEqual([
        ['instrument', '2025-03-04', 'Ministry of Finance issued Circular No. 12/2025/TT-BTC'],
        ['other', '2025-04', 'Cần Thơ data centre switched on'],
        ['concluded', '2025-04', 'Secretariat issued Conclusion No. 133-KL/TW'],
      ]);
  });

  it('takes a month heading after the publication month for the year before', () => {
    expect(review('Mon, Jan 5, 2026', 'DECEMBER', '• The Secretariat issues Conclusion No. 133-KL/TW on digital government.').map((e) => e[1]))
      .toEqual(['2025-12']);
  });
});
