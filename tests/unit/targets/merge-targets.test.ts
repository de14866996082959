import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

describe('targets merged across texts', () => {
  const { targets } = timelineOf({
    'seeds/a.txt': dated('10/01/2025', 'By 2030, the digital economy reaches at least 30% of GDP.'),
    'seeds/b.txt': dated('12/01/2025', 'The scale of the digital economy reaches at least 30% of GDP by 2030.'),
    'seeds/c.txt': dated('15/02/2025', 'By 2030, the digital economy reaches at least 25% of GDP.'),
    'seeds/d.txt': dated('16/02/2025', 'By 2045, the digital economy reaches at least 50% of GDP.'),
  });

  it('merges the same metric, value and deadline stated by two texts and counts both sources', () => {
    const thirty = targets.find((t) => t.value === 30);
    expect(thirty?.sources.map((s) => s.document)).toEqual(['a', 'b']);
  });

  it('flags a different value for the same metric and deadline as a conflict instead of merging it', () => {
    const thirty = targets.find((t) => t.value === 30)!;
    const twentyFive = targets.find((t) => t.value === 25)!;
    expect(thirty.conflicts).toEqual([twentyFive.id]);
    expect(twentyFive.conflicts).toEqual([thirty.id]);
  });

  it('keeps the same metric at another deadline as its own target, without a conflict', () => {
    expect(targets.find((t) => t.deadline === 2045)).toMatchObject({ value: 50, conflicts: [] });
  });
});
