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

  it('dates them by a lead that tells the session closed adopting them, past the day it opened; one passed "with 80 votes" is one', () => {
    const { events, entities } = timelineOf({ 'seeds/a.txt': dated('11/07/2030',
      'The session of the Provincial People\'s Council closed this afternoon after two days of work, adopting 17 resolutions.',
      'The session opened on Wednesday morning (10/7), chaired by Chairman of the Provincial People\'s Council Lâm Quốc Huy.',
      'With 79 delegates voting in favour, the council adopted Resolution No. 731/2030/NQ-HĐND approving the smart parks programme.',
      'Resolution No. 732/2030/NQ-HĐND on support for small firms passed with 80 votes in favour.') });
    expect(events.filter((e) => e.kind === 'adopted' || e.kind === 'passed').map((e) => [e.date, e.title])).toEqual([
      ['2030-07-11', 'Council adopted Resolution No. 731/2030/NQ-HĐND'], ['2030-07-11', 'Resolution 732/2030/NQ-HĐND passed'],
    ]);
    expect(entities.filter((e) => e.type === 'resolution').map((e) => [e.name, (e as { date?: string }).date])).toEqual([
      ['Resolution 731/2030/NQ-HĐND', '2030-07-11'], ['Resolution 732/2030/NQ-HĐND', '2030-07-11'],
    ]);
  });

  it('dates a resolution passed with its tally, in a paragraph after a lead that tells the vote, by the lead', () => {
    const { events } = timelineOf({ 'seeds/a.txt': dated('22/11/2029',
      'The National Assembly this morning passed a resolution on the investment policy of the programme for science in the provinces.',
      'Resolution No. 144/2029/QH16 was passed with 447 of the 458 deputies present voting in favour.') });
    expect(events.filter((e) => e.kind === 'passed').map((e) => [e.date, e.title])).toEqual([['2029-11-22', 'Resolution 144/2029/QH16 passed']]);
    // (Without a tally, a later paragraph's passive is no vote of that sitting.)
    const { events: untallied } = timelineOf({ 'seeds/a.txt': dated('22/11/2029',
      'The National Assembly this morning passed a resolution on the investment policy of the programme for science in the provinces.',
      'Resolution No. 98/2027/QH15 was passed to set up the fund.') });
    expect(untallied.filter((e) => e.title.includes('98/2027'))).toEqual([]);
  });

  it('leaves a resolution passed on its own day at that day', () => {
    const { events } = timelineOf({ 'seeds/a.txt': text('On Wednesday, delegates passed Resolution 41/2026/NQ-HĐND on the session\'s agenda.') });
    expect(events.filter((e) => e.kind === 'passed').map((e) => e.date)).toEqual(['2026-07-08']);
  });

  it('reads each row of a table of votes as its instrument adopted, on the day its caption gives', () => {
    const { events } = timelineOf({ 'seeds/a.txt': dated('09/07/2026', 'The Hai Duong Provincial People\'s Council closed its session today.',
      'Votes (all adopted at this morning\'s closing sitting)', 'Resolution | For | Against | Abstain',
      'Resolution 51/NQ-HĐND on the 2027 budget | 60/61 | 0 | 1', 'Resolution 52/2026/NQ-HĐND on the digital fund | 61/61 | 0 | 0') });
    expect(events.filter((e) => e.kind === 'adopted').map((e) => [e.date, e.title])).toEqual([
      ['2026-07-09', 'Resolution 51/NQ-HĐND adopted'], ['2026-07-09', 'Resolution 52/2026/NQ-HĐND adopted'],
    ]);
    // A table of figures, not of votes, adopts nothing.
    const { events: none } = timelineOf({ 'seeds/a.txt': dated('09/07/2026', 'Results adopted by the council today', 'Resolution | 2025 | 2026',
      'Resolution 51/NQ-HĐND on the 2027 budget | 12 | 14') });
    expect(none.filter((e) => e.kind === 'adopted')).toEqual([]);
  });
});
