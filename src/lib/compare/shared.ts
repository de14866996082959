/** An entity a text names, as its page lists it under "Named in this text". */
export interface NamedEntity {
  /** `<type>/<slug>`. */
  id: string;
  name: string;
  /** Mentions in the text. */
  count: number;
}

/** A target a text states, as its page lists it under "Targets stated in this text". */
export interface StatedTarget {
  id: string;
  metric: string;
  /** The target in words ("at least 30% of GDP by 2030, Vietnam"). */
  text: string;
}

/** An entity both texts name, with its mentions in each. */
export interface SharedEntity {
  id: string;
  name: string;
  a: number;
  b: number;
}

/** The entities both texts name, most mentioned in the two together first (ties by name). */
export function sharedEntities(a: readonly NamedEntity[], b: readonly NamedEntity[]): SharedEntity[] {
  const inB = new Map(b.map((e) => [e.id, e]));
  return a.flatMap((e) => {
    const other = inB.get(e.id);
    return other ? [{ id: e.id, name: e.name, a: e.count, b: other.count }] : [];
  }).sort((x, y) => y.a + y.b - (x.a + x.b) || x.name.localeCompare(y.name, 'en'));
}

/** A metric both texts set targets for: each text's targets for it, and whether they state one and the same target. */
export interface SharedMetric {
  metric: string;
  a: StatedTarget[];
  b: StatedTarget[];
  /** True when at least one target (same metric, value, scope and deadline) is stated by both. */
  same: boolean;
}

/** Metrics compared without case or extra spaces: "Digital economy share of GDP" is "digital economy share of gdp". */
const metricKey = (metric: string): string => metric.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The metrics both texts set targets for, in the first text's order: the same target stated by both
 * (a provincial report repeating the national figure), or each its own value for the same metric
 * (a province's share beside the nation's).
 */
export function sharedMetrics(a: readonly StatedTarget[], b: readonly StatedTarget[]): SharedMetric[] {
  const group = (targets: readonly StatedTarget[]) => {
    const map = new Map<string, StatedTarget[]>();
    for (const t of targets) map.set(metricKey(t.metric), [...(map.get(metricKey(t.metric)) ?? []), t]);
    return map;
  };
  const inA = group(a);
  const inB = group(b);
  return [...inA].flatMap(([key, targetsA]) => {
    const targetsB = inB.get(key);
    if (!targetsB) return [];
    const ids = new Set(targetsB.map((t) => t.id));
    return [{ metric: targetsA[0]!.metric, a: targetsA, b: targetsB, same: targetsA.some((t) => ids.has(t.id)) }];
  });
}
