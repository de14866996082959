import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2025', 'Ha Tinh province sets its plan', ...lines) })
  .targets.map((t) => [t.metric, t.value, t.scope, t.benchmark?.value ?? null]);

describe('a local target with the national benchmark in brackets', () => {
  it('keeps the bracketed figure as the benchmark, not as a target of its own, and scopes the target locally', () => {
    expect(targets('By 2030, cashless payments will reach 65% of transactions (compared with 75% nationally).')).toEqual([
      ['cashless payments share of transactions', 65, 'Ha Tinh', 75],
    ]);
    expect(targets('The province will open 4 innovation hubs by 2028 (the whole country targets 15).')).toEqual([['innovation hubs', 4, 'Ha Tinh', 15]]);
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
