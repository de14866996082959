import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2025', 'Ha Tinh province sets its plan', ...lines) })
  .targets.map((t) => [t.metric, t.value, t.scope, t.benchmark?.value ?? null]);

describe('a local target with the national benchmark in brackets', () => {
  it('keeps the bracketed figure as the benchmark, not as a target of its own, and scopes the target locally', () => {
    expect(targets('By 2030, cashless payments will reach 65% of transactions (compared with 75% nationally).')).toEqual([
      ['cashless payments share of transactions', 65, 'Ha Tinh', 75],
    ]);
    expect(targets('The province will open 4 innovation hubs by 2028 (the whole country targets 15).')).toEqual([['innovation hubs opened', 4, 'Ha Tinh', 15]]);
  });

  it('keeps another place\'s figure labelled by the place as the benchmark, not a place that is no listed one', () => {
    expect(targets('By 2030, the province aims for 1,200 planting-area codes (Đắk Lắk: 1,900).')).toEqual([['planting-area codes', 1200, 'Ha Tinh', 1900]]);
    expect(targets('By 2031, at least 60 percent of civil cases are to be filed online (Hà Nội courts: 55 percent).').map((t) => t.at(-1))).toEqual([55]);
    expect(targets('By 2031, at least 60 percent of civil cases are to be filed online (Pilot courts: 55 percent).').map((t) => t.at(-1))).toEqual([null]);
  });

  it('keeps a target whose baseline after it is told "now", with the benchmark in brackets between them', () => {
    expect(targets('By the end of 2025, the province must raise cashless payment in clinics to at least 70 per cent (the national target is 60 per cent), '
      + 'from 48 per cent now.')).toEqual([['cashless payment in clinics', 70, 'Ha Tinh', 60]]);
  });

  it('reads an aside that compares with nothing as no benchmark, and still no target', () => {
    expect(targets('By 2030, the province will connect 90% of clinics (about 300 sites) to the health data platform.').map((t) => [t[1], t[3]])).toEqual([[90, null]]);
  });

  it('reads a comparison set off by a comma (", against the national target of 30 per cent") as the benchmark', () => {
    expect(targets('The digital economy of Ha Tinh is to reach 20 per cent of GRDP by 2030, against the national target of 30 per cent; '
      + 'it was 9.6 per cent last year.')).toEqual([['digital economy share of GRDP', 20, 'Ha Tinh', 30]]);
  });
});


describe('a local target told by how far it is from the national one', () => {
  it('keeps the national figure after "five points below" or "2 points above" as its benchmark, not the gap', () => {
    expect(targets('The plan sets a target for the digital economy of 22% of GRDP by 2030, five points below the national target of 27%.',
      'It sets a target for cashless payments of 85% by 2028, 2 percentage points above the national target of 83%.')).toEqual([
      ['cashless payments', 85, 'Ha Tinh', 83],
      ['digital economy share of GRDP', 22, 'Ha Tinh', 27],
    ]);
  });
});

describe('a national figure in brackets for another year than the local target\'s', () => {
  it('keeps the opening "By 2027" as the deadline and gives no benchmark from "(the national target for 2030 is 30%)"', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('19/11/2026', 'Ha Tinh province sets its plan',
      'By 2027, the digital economy is to account for 15% of the province\'s GRDP (the national target for 2030 is 30%).',
      'By 2030, online public services are to reach 85% of records (the national target for 2030 is 80%).') })
      .targets.map((t) => [t.value, t.deadline, t.benchmark?.value ?? null]);
    expect(found).toEqual(expect.arrayContaining([[15, 2027, null], [85, 2030, 80]]));
    expect(found).toHaveLength(2);
  });
});

describe('a whole of a list item with the national figure in brackets before its semicolon', () => {
  it('is the benchmark of every one of the whole', () => {
    expect(targets('By 2030, the province aims for:',
      '- all upper secondary schools in the province to teach the basics of AI (national target: 80%);',
      '- one thousand teachers to be trained in AI.',
    )).toContainEqual(['upper secondary schools teach the basics of AI', 100, 'Ha Tinh', 80]);
  });
});
