import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events
  .filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]).sort();

describe('the guests a page lists under a label of its own line', () => {
  const exchange = 'Hòn Gai Daily held an online exchange with readers on Monday (14/12) at its office in Hạ Long ward.';
  const guests = ['Guests:', '- Đặng Thu Hằng, Director of the Quảng Ninh Department of Health;',
    '- Vi Văn Toản, Deputy Director of the Quảng Ninh Centre for Disease Control.'];

  it('each deliver remarks at the gathering the text told before the label, on its day', () => {
    expect(remarks(exchange, ...guests, 'MODERATOR: How many clinics now book online?', 'Ms Đặng Thu Hằng: About 140 of them.')).toEqual([
      ['2026-12-14', 'Vi Văn Toản delivered remarks at the online exchange'],
      ['2026-12-14', 'Đặng Thu Hằng delivered remarks at the online exchange'],
    ]);
  });

  it('deliver none when no gathering on a day was told before the label', () => {
    expect(remarks('Readers sent 160 questions about clinics that book online.', ...guests, 'MODERATOR: How many clinics now book online?'))
      .toEqual([]);
  });
});
