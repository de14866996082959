import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (day: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(day, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline, t.scope]);

describe('an item of a list whose label names what its target measures', () => {
  it('takes the label when the target\'s own words only say the place sets it, in the item\'s later sentence', () => {
    expect(targetsOf('02/05/2027',
      'Phu Yen province reviews its digital programme',
      'The province reported these results against its goals:',
      '- Cashless payments: about 41% of retail payments in 2026. By 2028, the province targets 70%.',
      '- Digital economy: an estimated 9.5% of GRDP in 2026. By 2030, the province targets 22% of GRDP.',
    )).toEqual([
      ['Cashless payments', '=', 70, '%', 2028, 'Phu Yen'],
      ['Digital economy share of GRDP', '=', 22, '% of GRDP', 2030, 'Phu Yen'],
    ]);
  });

  it('takes the label before a deadline and a verb that open the item, with no stray comma or colon in the metric', () => {
    expect(targetsOf('02/05/2027',
      'Phu Yen province sets its digital goals',
      '- Digital economy: by 2030, reach 22% of GRDP.',
      '- Online public services: by 2028, reach 90%.',
    )).toEqual([
      ['online public services', '=', 90, '%', 2028, 'Phu Yen'],
      ['digital economy share of GRDP', '=', 22, '% of GRDP', 2030, 'Phu Yen'],
    ]);
  });
});
