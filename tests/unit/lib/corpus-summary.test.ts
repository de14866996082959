import { describe, expect, it } from 'vitest';
import { summarizeCorpus } from '../../../src/lib/corpus-summary.ts';

describe('summarizeCorpus', () => {
  it('counts documents and distinct known outlets', () => {
    const summary = summarizeCorpus([
      { date: '2025-01-13', datePrecision: 'day', source: 'Vietnamplus' },
      { date: '2025-01-20', datePrecision: 'day', source: 'Vietnamplus' },
      { date: null, datePrecision: null, source: null },
      { date: '2024-12-30', datePrecision: 'day', source: 'dantri.com.vn' },
    ]);
    expect(summary.documents).toBe(4);
    expect(summary.outlets).toEqual(['dantri.com.vn', 'Vietnamplus']);
  });

  it('spans from the earliest to the latest known date, each as precise as known', () => {
    const summary = summarizeCorpus([
      { date: '2025-01-13', datePrecision: 'day', source: null },
      { date: '2024-11', datePrecision: 'month', source: null },
      { date: null, datePrecision: null, source: null },
    ]);
    expect(summary.span).toEqual({ from: 'November 2024', to: '13 January 2025' });
  });

  it('has no span when no document is dated', () => {
    expect(summarizeCorpus([{ date: null, datePrecision: null, source: null }]).span).toBeNull();
    expect(summarizeCorpus([]).span).toBeNull();
  });
});
