import { describe, expect, it } from 'vitest';
import { layoutTargets } from '../../../src/lib/charts/target-layout.ts';
import { targetKind, targetValue, targetValueShort } from '../../../src/lib/target-format.ts';

describe('targetValue', () => {
  it('says what a target sets, in words', () => {
    expect(targetValue({ comparator: '>=', value: 30, unit: '% of GDP' })).toBe('at least 30% of GDP');
    expect(targetValue({ comparator: '>', value: 55, unit: '%' })).toBe('over 55%');
    expect(targetValue({ comparator: 'top', value: 3, unit: 'rank among countries in Southeast Asia' })).toBe('top 3 in Southeast Asia');
    expect(targetValue({ comparator: '=', value: 20000, unit: 'engineers' })).toBe('20,000 engineers');
    expect(targetValue({ comparator: null, value: null, unit: null })).toBe('Goal, no figure');
  });

  it('writes it short for charts, and sorts targets into shares, counts, ranks and goals', () => {
    expect(targetValueShort({ comparator: '>=', value: 30, unit: '% of GDP' })).toBe('≥30% of GDP');
    expect([
      { comparator: '>=' as const, unit: '%', qualitative: false }, { comparator: '>=' as const, unit: 'enterprises', qualitative: false },
      { comparator: 'top' as const, unit: 'rank', qualitative: false }, { comparator: null, unit: null, qualitative: true },
    ].map(targetKind)).toEqual(['share', 'count', 'rank', 'goal']);
  });
});

describe('layoutTargets', () => {
  const t = (id: string, deadline: number, conflicts: string[] = []) => ({ id, deadline, comparator: '>=' as const, value: 1, unit: '%', qualitative: false, conflicts });
  const layout = layoutTargets([t('a', 2045), t('b', 2030), t('c', 2030, ['x'])]);

  it('makes a column per deadline year, in order, with its count', () => {
    expect(layout.columns.map((c) => [c.deadline, c.count])).toEqual([[2030, 2], [2045, 1]]);
  });

  it('stacks the boxes of a column and marks conflicting ones', () => {
    const [b, c] = ['b', 'c'].map((id) => layout.boxes.find((x) => x.id === id)!);
    expect(b!.x).toBe(c!.x);
    expect(b!.y).not.toBe(c!.y);
    expect([b!.conflict, c!.conflict]).toEqual([false, true]);
  });
});
