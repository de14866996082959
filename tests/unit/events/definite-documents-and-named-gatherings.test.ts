import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** The events of one text published on Friday 22 May 2026, as "date kind | title". */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('22/05/2026', ...lines) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => `${e.date} ${e.kind} | ${e.title}`);

describe('a document told by its type alone, and a gathering named with its body and its own day', () => {
  it('dates the instrument the text named before by "The decision, signed on Tuesday, …"', () => {
    const found = events(
      'The provincial People\'s Committee has issued Decision No. 611/QĐ-UBND on the data centre.',
      'The decision, signed on Tuesday, follows the meeting of the Provincial Steering Committee for Digital Transformation on May 12, at which '
        + 'departments reported on their projects.');
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^2026-05-19 signed \| Decision 611\/QĐ-UBND signed$/),
      '2026-05-12 meeting | Meeting of the Provincial Steering Committee for Digital Transformation',
    ]));
  });

  it('dates a signing of "the plan" by the plan\'s own day, not by another document\'s told since', () => {
    const found = events(
      'The Provincial People\'s Committee has issued Plan No. 418/KH-UBND, dated May 6, 2026, on digital agriculture.',
      'The plan carries out the Provincial Party Committee\'s Action Programme No. 17-CTr/TU on farming, issued on 14/09/2025.',
      'Hà Văn Tĩnh, Vice Chairman of the Provincial People\'s Committee, signed the plan.');
    expect(found.filter((e) => e.startsWith('2025-09-14'))).toEqual(['2025-09-14 instrument | Programme 17-CTr/TU issued']);
    expect(found.filter((e) => / signed \|/.test(e) && !e.startsWith('2026-05-06'))).toEqual([]);
  });

  it('reads no document from "The decision" when the text named none of its type', () => {
    expect(events('The decision, signed on Tuesday, sets up a fund for young scientists.')).toEqual([]);
  });

  it('does not date a gathering by the day of a notice that reports it', () => {
    const found = events('The ministry cites Notice No. 72/TB-VPCP of May 18 announcing the conclusions of the Steering Committee meeting.');
    expect(found.filter((e) => / meeting \|/.test(e))).toEqual([]);
    expect(found).toContain('2026-05-18 instrument | Notice 72/TB-VPCP issued');
  });
});

describe('a time right after another verb\'s participle', () => {
  it('leaves the day that opens the sentence to the happening', () => {
    const text = ['LIVE: Provincial forum on data', 'LIVE22/05/2026 · Last updated 17:48', '', '08:30 – Forum opens', '',
      'The forum opens at the provincial hall. Yesterday afternoon the Provincial Steering Committee for Science, Technology, Innovation and '
        + 'Digital Transformation held its fourth meeting to finalise the report presented today.'].join('\n');
    // The live entry "08:30 – Forum opens" under the title is the forum's opening that day.
    expect(timelineOf({ 'seeds/a.txt': text }).events.map((e) => [e.kind, e.date, e.title.split(' ')[0]])).toEqual([
      ['meeting', '2026-05-21', 'Fourth'], ['meeting', '2026-05-22', 'Forum']]);
  });

  it('keeps a day right after the happening\'s own verb', () => {
    expect(events('On Monday, the ministry said the committee signed Plan No. 12/KH-BKHCN on Thursday.'))
      .toContainEqual(expect.stringMatching(/^2026-05-21 signed \| .*Plan No\. 12\/KH-BKHCN/));
  });
});

describe('a meeting something was approved at, and who signed a document in the passive', () => {
  it('reads the meeting with its own day after a place, not only the approval', () => {
    expect(events('The business plan was approved by shareholders at the group\'s annual general meeting in Hanoi on Saturday.'))
      .toContainEqual('2026-05-16 meeting | Group\'s annual general meeting');
  });

  it('names the agent of a passive signing after its day and place', () => {
    expect(events('Decision No. 45/QĐ-UBND was signed on Monday in Vinh by the Chairman of the Provincial People\'s Committee.'))
      .toContainEqual(expect.stringMatching(/^2026-05-18 signed \| Decision 45\/QĐ-UBND signed by the Chairman of the Provincial People's Committee$/));
  });
});

describe('a wire release\'s dateline', () => {
  it('dates the release, not the happening its first sentence tells', () => {
    const found = events('HUE, Vietnam, May 20, 2026 /PRNewswire/ -- Red River Robotics JSC signed Plan No. 4/KH-RRR on robot training.');
    expect(found.filter((e) => e.startsWith('2026-05-20'))).toEqual([]);
  });
});

describe('a thing referred to by its kind in an event\'s subject', () => {
  it('names it as the paragraphs before did: "The package\'s second phase was launched", "The fund was relaunched"', () => {
    const titles = timelineOf({ 'seeds/a.txt': ['Bank lifts its credit package', 'Tin tứcTin tức08/07/2026', '',
      'Song Lam Bank has raised its DigiBoost SME credit package for small firms to VND12,000 billion.', '',
      'The package\'s second phase was launched at a ceremony in Hà Nội on Tuesday.', '',
      'The Red River Innovation Fund was founded in 2019. The fund was relaunched on Monday.'].join('\n') }).events.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['DigiBoost SME credit package\'s second phase launched', 'Red River Innovation Fund relaunched']));
  });

  it('names it by a quoted name with its kind in apposition, and past a question or a sentence that tells "the programme" again', () => {
    const launches = (...lines: string[]) => timelineOf({ 'seeds/a.txt': ['Bank launches a package', 'Tin tứcTin tức03/08/2027', '', ...lines]
      .join('\n') }).events.filter((e) => e.kind !== 'milestone').map((e) => [e.date, e.title]);
    expect(launches('Hong Ha Bank on Monday, August 2, 2027 launched "Innovate 57", a VND 15,000 billion credit package for startups.', '',
      'The package was launched at a ceremony in Hà Nội attended by 200 guests.')).toEqual([
      ['2027-08-02', 'Hong Ha Bank launched "Innovate 57"'],
    ]);
    expect(launches('This page answers questions about the Technology Innovation Voucher Programme of Hưng Yên Province.', '',
      '1. What is the programme?', '', 'The programme gives small firms vouchers.', '',
      'The programme was launched on Saturday, 8 May 2027, at the Hưng Yên Trade Fair.').map(([, title]) => title))
      .toContainEqual(expect.stringMatching(/^Technology Innovation Voucher Programme launched/));
  });

  it('leaves the kind alone when no name before has it', () => {
    expect(timelineOf({ 'seeds/a.txt': ['Works', 'Tin tứcTin tức08/07/2026', '', 'The project was approved on Friday.'].join('\n') })
      .events.map((e) => e.title)).toEqual(['Project approved']);
  });
});
