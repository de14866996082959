import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a provincial text, published on 15 July 2026. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': ['Nghệ An reviews its half year', '15/07/2026',
  'The Nghệ An Provincial Steering Committee met on Tuesday to review the first half of 2026.', ...lines].join('\n') }).targets
  .map((t) => ({ metric: t.metric, value: t.value, deadline: t.deadline, scope: t.scope, benchmark: t.benchmark?.value ?? null }));

describe('a table with a column of national targets, and figures that compare', () => {
  it('reads a column of national targets as the benchmarks of the province\'s column of the same year', () => {
    const found = targets('Chỉ tiêu / Indicator | Kết quả 6 tháng / H1 2026 | Mục tiêu tỉnh 2026 / Province 2026 | Mục tiêu quốc gia 2026 / National 2026',
      'Online public services (% of eligible procedures) | 71% | 88% | 80%', 'Cashless payments at hospitals | 50% | 75% | –');
    expect(found.map((t) => [t.value, t.benchmark, t.deadline, t.scope]).sort()).toEqual([[75, null, 2026, 'Nghe An'], [88, 80, 2026, 'Nghe An']]);
  });

  it('reads no target in a past spending or in a fraction of a figure', () => {
    expect(targets('The province spent only 0.8 per cent of its budget on science in six months, "less than half of what we promised, and '
      + 'less than a third of the national line". It aims to spend 2 per cent of its budget on science by the end of 2026.')
      .map((t) => t.value)).toEqual([2]);
    // A participle is no past verb: "fees paid online" is what the target counts.
    expect(targets('It aims to raise the share of fees paid online from 41% now to 75 per cent by 2030.').map((t) => t.value)).toEqual([75]);
  });

  it('reads no target in a threshold told in a relative clause, or in what a person quoted expects', () => {
    expect(targets('Departments that are below 70 per cent at the end of the third quarter will be named at the monthly meeting.',
      'He expects exports of software to grow by about 9 per cent in 2026, below the plan.',
      'The province aims to process 95 per cent of dossiers online by 2026.').map((t) => t.value)).toEqual([95]);
  });

  it('reads no target in a policy\'s benefits, a proposal, or a report of what was done', () => {
    expect(targets('Resolution 7/2026/NQ-HĐND offers a 40 per cent land rent reduction for five years and up to VND 1 billion for each firm\'s first prototype.',
      'Mr Hòa said the department would propose to the Provincial People\'s Council a grant covering 25 per cent of the cost of a firm\'s first research task.',
      '- Fibre: 860 km of new fibre-optic cable was laid in six months.', '- Payments: 88% of electricity, water and school-fee payments were cashless.',
      'The province aims to process 95 per cent of dossiers online by 2026.').map((t) => t.value)).toEqual([95]);
    // A proposal of an aim is the aim: "proposed that the province strive for …".
    expect(targets('For 2027, the department proposed that the province strive for the digital economy to reach 18% of GRDP.').map((t) => t.value))
      .toEqual([18]);
  });
});
