import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (day: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(day, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a change still to come, in percentage points', () => {
  it('is a target of that many points, not the level it is measured from', () => {
    expect(targetsOf('04/02/2028',
      'By 2030, the share of household waste sorted at source is to rise by 12 percentage points from its 2027 level of 41%.',
    )).toEqual([['share of household waste sorted at source', '=', 12, 'percentage points', 2030]]);
  });

  it('leaves the level a change leads to as the target ("rise by 25 percentage points to 80%")', () => {
    expect(targetsOf('04/02/2028',
      'By 2030, the share of clinics that offer online booking is to rise by 30 percentage points to 95%.',
    )).toEqual([['clinics that offer online booking', '=', 95, '%', 2030]]);
  });
});

describe('a cut measured from a past year, in a paragraph its deadline opens', () => {
  it('is due by that deadline, its metric without the verb of change', () => {
    expect(targetsOf('04/02/2028',
      'By 2030, the time needed to license a clinic is to be cut by 30% compared with 2027. '
        + 'The time needed to register a pharmacy is to be cut by 45% from the 2027 level of 60 days.',
    )).toEqual([
      ['time needed to license a clinic', '=', 30, '%', 2030],
      ['time needed to register a pharmacy', '=', 45, '%', 2030],
    ]);
  });

  it('is no target when the year before it only dates a figure reached ("in 2027, … up from 1.8% in 2026")', () => {
    expect(targetsOf('04/02/2028',
      'In 2027 the province spent VND 900 billion on research. The sum equals 2.4% of its budget, up from 1.8% in 2026.',
    )).toEqual([]);
  });
});

describe('a table of targets with a verdict on each', () => {
  const table = (verdicts: string[]) => [
    'Indicator | Target for 2027-2028 | Achieved | Assessment',
    `Clinics with e-prescriptions | 90% | 93.5% | ${verdicts[0]}`,
    `Hospitals with cashless payment | 100% | 86% | ${verdicts[1]}`,
  ];

  it('reports targets whose time is over when every verdict is final (met, not met, exceeded)', () => {
    expect(targetsOf('20/08/2028', 'Health sector results for the 2027-2028 year', ...table(['Exceeded', 'Not met']))).toEqual([]);
  });

  it('reads a verdict past its mark and in two languages ("✔ Đạt / Achieved")', () => {
    expect(targetsOf('20/08/2028', 'Health sector results for the 2027-2028 year', ...table(['✔ Đạt / Achieved', '✖ Không đạt / Not achieved'])))
      .toEqual([]);
  });

  it('reports a year\'s plan beside its result once the year is over, whatever the verdicts say', () => {
    expect(targetsOf('12/01/2029', 'Results of the 2028 digital transformation plan',
      'Indicator | Plan 2028 | Result 2028 | % of plan | Assessment',
      'Online payments for public fees (%) | 70 | 64,2 | 91,7 | ⚠ Behind',
      'Communes with shared data platforms | 120 | 131 | 109,2 | ✔ Ahead')).toEqual([]);
  });

  it('keeps the plan as targets while its year runs ("Plan 2028 | 9 months 2028" in October)', () => {
    expect(targetsOf('12/10/2028', 'Nine-month results of the 2028 digital transformation plan',
      'Indicator | Plan 2028 | Result 9 months 2028 | % of plan',
      'Online payments for public fees (%) | 70 | 64,2 | 91,7').map((t) => t.slice(2))).toEqual([[70, '%', 2028]]);
  });

  it('keeps them as targets, due at the second year of the period, while a verdict is still on the way', () => {
    expect(targetsOf('20/03/2028', 'Health sector progress in the 2027-2028 year', ...table(['Likely to be met', 'Difficult'])).map((t) => t.slice(2)))
      .toEqual([[90, '%', 2028], [100, '%', 2028]]);
  });
});

describe('a paragraph of targets opened by its deadline, then closed by another', () => {
  it('frames the next paragraph by its opening deadline, not by the one that closes its last figure', () => {
    expect(targetsOf('04/02/2028',
      'By 2030, the time needed to license a clinic is to be cut by 30% compared with 2027. The backlog of licence files is to be cleared by the end of 2028.',
      'The share of clinics that offer online booking is to rise by 15 percentage points from its 2027 level of 40%.',
    )).toEqual([
      ['share of clinics that offer online booking', '=', 15, 'percentage points', 2030],
      ['time needed to license a clinic', '=', 30, '%', 2030],
    ]);
  });

  it('frames nothing past a paragraph that opens in the past', () => {
    expect(targetsOf('04/02/2028',
      'By 2035 the city aims for 300 patents a year, and for the digital economy to reach 30% of GRDP by 2035.',
      'In 2027, the city was granted 80 patents.',
      'The new data centre has a capacity of 1,500 racks and will host the city\'s platforms.',
    ).map((t) => t[2])).toEqual([30, 300]);
  });
});

describe('a backlog to be cleared', () => {
  it('is a target of zero, its size at a past time in apposition no target', () => {
    expect(targetsOf('04/02/2028',
      'The backlog of licence applications, about 12,000 files at the end of 2027, is to be brought down to zero by the end of 2029.',
    )).toEqual([['backlog of licence applications', '=', 0, null, 2029]]);
  });
});

describe('a paragraph opened by "For 2030,"', () => {
  it('frames its later sentences, past a baseline\'s time ("against 58% this year", "with 2025 as the baseline")', () => {
    expect(targetsOf('24/08/2028',
      'For 2030, the plan keeps its target that 100% of clinics meet the digital standard, against 61% this year. It also sets two new '
        + 'targets with 2025 as the baseline: the share of prescriptions issued online is to rise by 30 percentage points from its 2025 level '
        + 'of 20%, and the number of paper forms is to be cut by 40% compared with 2025.',
    )).toEqual([
      ['clinics meet the digital standard', '=', 100, '%', 2030],
      ['number of paper forms', '=', 40, '%', 2030],
      ['share of prescriptions issued online', '=', 30, 'percentage points', 2030],
    ]);
  });
});

describe('counts and cuts as plans print them', () => {
  it('counts "is to employ a workforce of 15,000 engineers"', () => {
    expect(targetsOf('06/07/2027', 'By 2035, the chip cluster in the Đông Nam industrial park is to employ a workforce of 12,000 engineers.'))
      .toEqual([['engineers', '=', 12000, 'engineers', 2035]]);
  });

  it('reads a cut printed below zero under a heading of targets ("−30% vs 2025") as a target of its size, and the rows after it', () => {
    expect(targetsOf('10/04/2028', 'TARGETS FOR 2030', 'Online public services: 95% of administrative procedures',
      'Time to process procedures for businesses: −30% vs 2025', 'Households with fibre broadband: 98%'))
      .toEqual([
        ['households with fibre broadband', '=', 98, '%', 2030],
        ['online public services', '=', 95, '%', 2030],
        ['time to process procedures for businesses', '=', 30, '%', 2030],
      ]);
  });
});
