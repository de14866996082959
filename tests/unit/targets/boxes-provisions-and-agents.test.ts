import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Metric, comparator, value, unit and deadline of each target of a text dated 27/11/2026. */
const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('27/11/2026', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a box of fields with an aside, a provision that states an aim, a threshold of each thing, an agent of a share', () => {
  it('reads no target from a date in a barred box that holds an aside in brackets', () => {
    expect(targetsOf('AT A GLANCE | Resolution No. 52/2026/QH16 | Adopted: 25 November 2026 | Votes in favour: 440 of 468 deputies present '
      + '(89.1% of all deputies) | Effective: 1 January 2027')).toEqual([]);
  });

  it('reads what an article states the country strives for, but not what an article requires', () => {
    expect(targetsOf('Article 3 states that by 2030 the country strives to have at least eight regional data centres.')).toEqual([
      ['regional data centres', '>=', 8, 'centres', 2030],
    ]);
    expect(targetsOf('Article 12 requires that by 2030 at least two of the board members are independent experts.')).toEqual([]);
  });

  it('reads a capacity that each counted thing must have as no target of its own', () => {
    expect(targetsOf('By 2030 the country aims to have at least eight regional data centres, each with a design capacity of 30 MW or more.'))
      .toEqual([['regional data centres', '>=', 8, 'centres', 2030]]);
  });

  it('names who is to act on a share\'s base, after a modal and a verb other than "be"', () => {
    expect(targetsOf('By 2035, domestic enterprises are to operate at least 55% of the country\'s cloud capacity.')).toEqual([
      ['the country\'s cloud capacity operated by domestic enterprises', '>=', 55, '%', 2035],
    ]);
  });
});

describe('an instrument in a box of fields', () => {
  it('is dated by the field of its act after a bar', () => {
    const { entities, events } = timelineOf({ 'seeds/a.txt': dated('27/11/2026', 'AT A GLANCE | Resolution No. 52/2026/QH16 | Adopted: '
      + '25 November 2026 | Effective: 1 January 2027', 'The National Assembly on Wednesday adopted a resolution on data centres.') });
    expect(entities.find((e) => e.name === 'Resolution 52/2026/QH16')).toMatchObject({ date: '2026-11-25' });
    expect(events.map((e) => e.date)).toContain('2026-11-25');
  });
});

describe('a national figure beside a local target, in Vietnamese brackets or a clause of the country\'s own', () => {
  const benchmarksOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/03/2027', ...lines) }).targets
    .map((t) => [t.metric, t.value, t.benchmark?.value ?? null]);

  it('reads "(cả nước: 33%)" and ", while the country as a whole targets 95%" as the benchmark, no target of their own', () => {
    expect(benchmarksOf('By 2030 the Bac Lieu Provincial Party Committee aims for:', '- the digital economy at 18% of GRDP (cả nước: 33%);',
      '- full-process online public services for 85% of eligible procedures, while the country as a whole targets 95%.')).toEqual([
      ['digital economy share of GRDP', 18, 33],
      [expect.stringMatching(/^full-process online public services/), 85, 95],
    ]);
  });

  it('reads a figure told again after a possessive or "the national" as no target', () => {
    expect(benchmarksOf('By 2030 the Bac Lieu Provincial Party Committee aims for the digital economy at 18% of GRDP.',
      '"Our 18% is lower than the national 33%, and I will not pretend otherwise," the secretary said.')).toEqual([
      ['digital economy share of GRDP', 18, null],
    ]);
  });
});
