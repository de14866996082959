import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'a.txt': dated('15/05/2030', ...lines) }).events.map((e) => [e.date, e.kind, e.title]);

describe('a reduced relative after a document with a long subject', () => {
  it('dates the document\'s act though its subject lists things at length', () => {
    expect(events('The Quảng Bình Provincial People\'s Committee has issued Plan No. 4127/KH-UBND on applying drones, satellite imagery and '
      + 'artificial intelligence to coastal erosion monitoring and flood warning for 2030–2032, signed on Friday (10/5) by Vice Chairman '
      + 'Hoàng Nam Trung.')).toEqual([['2030-05-10', 'signed', 'Plan 4127/KH-UBND signed']]);
  });
});

describe('no happening in how things stand today, nor in a box of labelled figures', () => {
  it('reads no deed in a present passive "today", nor in "Delegates: 52 | Present: 50 | Resolutions passed today: 3"', () => {
    expect(events('Fewer than 15 percent of the cashew harvested is roasted in the province today.',
      'Delegates: 52 | Present: 50 | Resolutions passed today: 3 | Budget 2031–2035: VND 90 billion')).toEqual([]);
  });
});

describe('a notice board\'s rail of other notices', () => {
  it('is no part of the notice: the dates of its items date nothing', () => {
    expect(events('The centre opened its reading room on 2 May.', 'Researchers may book a seat online and order certified copies of records.',
      'The reading room is open from Monday to Friday, 7:30 to 16:30.', 'GIÁM ĐỐC / DIRECTOR', 'Trần Thị Hoa', 'Thông báo khác',
      '- Schedule of the exhibition "Quảng Bình through the archives" (30/04/2030)', '- Guide to the reading room (05/03/2030)'))
      .toEqual([['2030-05-02', 'other', 'Centre opened its reading room']]);
  });
});

describe('a disaster named by its noun, on its day', () => {
  it('is a happening of that day, named with where it struck', () => {
    expect(events('The flash flood in Sơn Thủy commune on 2 April, which cut the road for a week, was the worst in a decade.',
      'The province will add rain gauges to every commune by 2032.').filter(([, kind]) => kind === 'other'))
      .toEqual([['2030-04-02', 'other', 'Flash flood in Sơn Thủy commune']]);
  });
});
