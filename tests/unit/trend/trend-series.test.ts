import { describe, expect, it } from 'vitest';
import { topValues, trendOf } from '../../../src/lib/trend/trend-series.ts';

describe('trendOf', () => {
  it('puts every month from the corpus\'s first to its last on the axis, with zero where no text matches', () => {
    const corpus = { '2024-11': 3, '2025-02': 1 };
    const { series } = trendOf(corpus, { '2025-02': 1 }, 1);
    expect(series).toEqual([
      { month: '2024-11', texts: 0, corpus: 3 },
      { month: '2024-12', texts: 0, corpus: 0 },
      { month: '2025-01', texts: 0, corpus: 0 },
      { month: '2025-02', texts: 1, corpus: 1 },
    ]);
  });

  it('counts the results with no month as undated', () => {
    const trend = trendOf({ '2025-01': 4, '2025-03': 2 }, { '2025-01': 2, '2025-03': 1 }, 5);
    expect(trend.total).toBe(5);
    expect(trend.undated).toBe(2);
  });

  it('gives an empty axis when no text of the corpus is dated', () => {
    expect(trendOf({}, {}, 3)).toEqual({ series: [], total: 3, undated: 3 });
  });
});

describe('topValues', () => {
  it('keeps the most frequent values, ties by name, and leaves out zeros', () => {
    expect(topValues({ B: 2, A: 2, C: 5, D: 0, E: 1 }, 3)).toEqual([
      { name: 'C', texts: 5 }, { name: 'A', texts: 2 }, { name: 'B', texts: 2 },
    ]);
  });
});
