import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events
  .filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);

describe('a guest the text names as such', () => {
  const session = 'The People\'s Council of Phú Mỹ commune yesterday held its year-end session, chaired by its Chairman, Ông Tạ Văn Lộc.';

  it('delivers remarks when speaking at the gathering, whatever the body of their title', () => {
    expect(remarks(session,
      'Attending as a guest was Bà Kiều Thị Mai, Deputy Head of the Economic Committee of the Provincial People\'s Council.',
      'Speaking at the session, Bà Kiều Thị Mai asked the commune to report its progress every quarter.',
    )).toEqual([['2026-12-14', 'Kiều Thị Mai delivered remarks at the session']]);
  });

  it('is no guest without those words, when the text names no host', () => {
    expect(remarks(session,
      'Bà Kiều Thị Mai, Deputy Head of the Economic Committee of the Provincial People\'s Council, was also present.',
      'Speaking at the session, Bà Kiều Thị Mai asked the commune to report its progress every quarter.',
    )).toEqual([]);
  });

  it('is one when the text says only that they attended, their title in apposition before the verb', () => {
    expect(remarks('On the morning of 14/12, the Executive Committee of the Tân Lộc commune Party Committee met to review the year.',
      'Lò Văn Sinh, Secretary of the Tân Lộc commune Party Committee, chaired the meeting. Mùa Thị Dua, Deputy Secretary of the Sơn La '
        + 'Provincial Party Committee, attended.',
      'Speaking at the meeting, Dua asked the commune to keep its village teams.',
    )).toEqual([['2026-12-14', 'Mùa Thị Dua delivered remarks at the meeting']]);
  });
});
