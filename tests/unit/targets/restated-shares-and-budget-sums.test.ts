import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, value and unit, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets
  .map((t) => [t.deadline, t.value, t.unit]).sort((a, b) => String(a).localeCompare(String(b)));

describe('a share a text states twice, with its base written or not', () => {
  it('is one target: "a target of 60 per cent of the total for 2026" and "- digitise 60 per cent of fishing vessel records"', () => {
    const found = targetsOf([
      'Ministry reviews first quarter',
      'Posted: 13/04/2026',
      'Digitised records of fishing vessels reached 18 per cent of the total, against a target of 60 per cent for 2026.',
      'By the end of the year, the ministry aims to:\n- digitise 60 per cent of fishing vessel records;\n- connect 300 ports to the catch database.',
    ]);
    expect(found.filter(([, value]) => value === 60)).toHaveLength(1);
  });
});

describe('a sum a budget pays', () => {
  it('is no target, whether the budget pays it or it comes from the budget', () => {
    expect(targetsOf([
      'City plan on the digital economy',
      'Posted: 21/04/2026',
      'The Department of Finance will balance VND900 billion from the city budget for the plan in 2026-2030.',
      'The provincial budget will contribute VND80 billion in 2026-2027.',
      'By 2030 the city aims to attract VND5,000 billion of private investment in data centres.',
    ])).toEqual([[2030, 5000, 'VND billion']]);
  });
});
