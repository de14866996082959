import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

describe('instruments a text reports adopted together', () => {
  const text = (...more: string[]) => dated('09/07/2026',
    'Closing its two-day session this afternoon, the Hai Duong Provincial People\'s Council adopted six resolutions.',
    'The session opened on Wednesday, chaired by Chairwoman of the Provincial People\'s Council Lê Thị Hoa.', ...more);

  it('dates each one it names later without a day of its own by the day they were adopted, not by the last day told', () => {
    const { events, entities } = timelineOf({ 'seeds/a.txt': text('Resolution 42/2026/NQ-HĐND approving the science programme was passed '
      + 'with 78 of the 80 delegates present voting in favour.', 'Delegates also passed Resolution 44/2026/NQ-HĐND adjusting the investment plan.') });
    expect(events.filter((e) => e.kind === 'passed').map((e) => [e.date, e.title])).toEqual([
      ['2026-07-09', 'Delegates passed Resolution 44/2026/NQ-HĐND'], ['2026-07-09', 'Resolution 42/2026/NQ-HĐND passed'],
    ]);
    expect(entities.filter((e) => e.type === 'resolution').map((e) => [e.name, (e as { date?: string }).date])).toEqual([
      ['Resolution 42/2026/NQ-HĐND', '2026-07-09'], ['Resolution 44/2026/NQ-HĐND', '2026-07-09'],
    ]);
  });

  it('leaves a resolution passed on its own day at that day', () => {
    const { events } = timelineOf({ 'seeds/a.txt': text('On Wednesday, delegates passed Resolution 41/2026/NQ-HĐND on the session\'s agenda.') });
    expect(events.filter((e) => e.kind === 'passed').map((e) => e.date)).toEqual(['2026-07-08']);
  });
});
