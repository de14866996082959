import { describe, expect, it } from 'vitest';
import { targetBenchmark, targetValue, targetValueShort } from '../../../src/lib/target-format.ts';

describe('ranges, ranks and benchmarks as the ledger shows them', () => {
  it('renders a range as a range, in words and short', () => {
    expect(targetValue({ comparator: '>=', value: 25, max: 30, unit: '% of GRDP' })).toBe('at least 25–30% of GRDP');
    expect(targetValueShort({ comparator: '=', value: 45, max: 48, unit: '%' })).toBe('45–48%');
  });

  it('names what a rank is among', () => {
    expect(targetValue({ comparator: 'top', value: 10, max: null, unit: 'rank among provinces' })).toBe('top 10 among provinces');
  });

  it('renders a benchmark in the target\'s unit', () => {
    expect(targetBenchmark({ unit: '% of GRDP', benchmark: { value: 30, text: 'compared with 30% nationally' } })).toBe('30% of GRDP');
    expect(targetBenchmark({ unit: 'centres', benchmark: { value: 12, text: 'the whole country targets 12' } })).toBe('12 centres');
    expect(targetBenchmark({ unit: '%', benchmark: null })).toBeNull();
  });
});
