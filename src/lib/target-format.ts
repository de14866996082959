import type { Target } from '../schemas/target.ts';

const WORDS: Record<string, string> = { '>=': 'at least', '>': 'over', '<=': 'at most', '<': 'under', '=': '', top: 'top' };
const SIGNS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '', top: 'top ' };

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** A number as readers write it: thousands separated, no trailing zeros ("15,345", "0.7"). */
export const formatNumber = (n: number): string => numbers.format(n);

/** A unit after a value: "%" and "% of GDP" stick to the number, others take a space; ranks name their universe. */
function withUnit(value: string, unit: string | null): string {
  if (!unit) return value;
  if (unit.startsWith('%')) return `${value}${unit}`;
  const rank = /^rank among countries in (.+)$/.exec(unit);
  if (rank) return `${value} in ${rank[1]}`;
  const among = /^rank among (.+)$/.exec(unit);
  if (among) return `${value} among ${among[1]}`;
  return unit === 'rank' ? value : `${value} ${unit}`;
}

/** A value, or a range as readers write it ("25–30"). */
const amount = (value: number, max: number | null | undefined) => (max == null ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(max)}`);

/** What a target sets, in words: "at least 30% of GDP", "45–48%", "over 55%", "top 3 in Southeast Asia", "a goal" for a qualitative one. */
export function targetValue(t: Pick<Target, 'comparator' | 'value' | 'unit'> & { max?: number | null }): string {
  if (t.value === null || t.comparator === null) return 'Goal, no figure';
  const words = WORDS[t.comparator]!;
  return withUnit(`${words}${words ? ' ' : ''}${amount(t.value, t.max)}`, t.unit);
}

/** The benchmark a local target is set against, in its unit ("30%", "12 centres"), or null. */
export function targetBenchmark(t: Pick<Target, 'unit' | 'benchmark'>): string | null {
  if (!t.benchmark) return null;
  return t.unit && !t.unit.startsWith('rank') ? withUnit(formatNumber(t.benchmark.value), t.unit) : formatNumber(t.benchmark.value);
}

/** The same, short, for chart labels: "≥30% of GDP", "top 3", "goal". */
export function targetValueShort(t: Pick<Target, 'comparator' | 'value' | 'unit'> & { max?: number | null }): string {
  if (t.value === null || t.comparator === null) return 'goal';
  const value = `${SIGNS[t.comparator]}${amount(t.value, t.max)}`;
  return t.unit?.startsWith('%') ? `${value}${t.unit}` : value;
}

/** A target's kind for grouping and colour: a share, a rank, a count or a goal. */
export function targetKind(t: Pick<Target, 'comparator' | 'unit' | 'qualitative'>): 'share' | 'rank' | 'count' | 'goal' {
  if (t.qualitative) return 'goal';
  if (t.comparator === 'top') return 'rank';
  return t.unit?.startsWith('%') ? 'share' : 'count';
}

/** A metric with its first letter capitalized, for headings. */
export const metricTitle = (metric: string): string => metric.charAt(0).toUpperCase() + metric.slice(1);
