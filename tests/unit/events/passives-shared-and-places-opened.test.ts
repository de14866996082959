import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const eventsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events
  .filter((e) => e.kind !== 'instrument').map((e) => [e.date, e.title]);

describe('a verb that shares a passive\'s subject, and a place opened in a list of milestones', () => {
  it('gives a verb after "and" the subject of the passive its sentence opened with, however long the words between', () => {
    expect(eventsOf('The Lạng Sơn Startup Fund was set up under Decision No. 2208/QĐ-UBND dated 2/6/2026 of the Lạng Sơn Provincial '
      + 'People\'s Committee and launched on 19 June 2026 at the border trade centre.').map(([date, title]) => `${date} ${title}`))
      .toEqual([expect.stringMatching(/^2026-06-19 Lạng Sơn Startup Fund /)]);
    expect(eventsOf('The booking app was built by a team of students and launched on 19 June 2026.')).toEqual([['2026-06-19', 'Booking app launched']]);
  });

  it('leaves a verb with an auxiliary of its own to tell its own act', () => {
    const titles = eventsOf('The resolution was passed at the council\'s session on Friday, 11 December, and was signed by Chairwoman of the '
      + 'Lạng Sơn Provincial People\'s Council Hoàng Thị Dinh.').map(([, title]) => title);
    expect(titles.some((t) => /^Resolution signed/.test(t!))).toBe(false);
  });

  it('reads a place opened in a list of dated milestones told in the present, titled without the date\'s colon', () => {
    expect(eventsOf('Milestones', '- 1 July 2025: the merged Department starts work.',
      '- 9 April 2026: the Cao Lộc branch office opens in Đồng Đăng ward, so that traders need not travel to the city.'))
      .toEqual([['2025-07-01', 'Merged Department started work'],
        ['2026-04-09', expect.stringMatching(/^Cao Lộc branch office opened in Đồng Đăng ward/)]]);
  });
});
