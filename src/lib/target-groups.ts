import { contentWords, jaccard } from '../pipeline/events/similarity.ts';
import type { Target } from '../schemas/target.ts';

/** Targets can only share a metric within one unit, scope and kind: the key of that group. */
export const metricGroupKey = (t: Pick<Target, 'unit' | 'scope' | 'qualitative'>): string => `${t.unit}\u0000${t.scope}\u0000${t.qualitative}`;

const wordsOf = new WeakMap<Target, ReturnType<typeof contentWords>>();
const words = (t: Target) => {
  let w = wordsOf.get(t);
  if (!w) wordsOf.set(t, (w = contentWords(t.metric)));
  return w;
};

/**
 * Targets for the same metric (similar words, same unit and scope) at other deadlines or values,
 * by deadline. `targets` may be every target or only the target's group (see metricGroupKey).
 */
export function sameMetric(target: Target, targets: readonly Target[]): Target[] {
  const key = metricGroupKey(target);
  return targets
    .filter((t) => t.id !== target.id && metricGroupKey(t) === key && jaccard(words(t), words(target)) >= 0.5)
    .sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
}

/** The `max` targets stated by the most texts (ties: earlier deadline, then id), in ledger order. */
export function topTargets(targets: readonly Target[], max: number): Target[] {
  if (targets.length <= max) return [...targets];
  const texts = (t: Target) => new Set(t.sources.map((s) => s.document)).size;
  const kept = new Set([...targets].sort((a, b) => texts(b) - texts(a) || a.deadline - b.deadline || (a.id < b.id ? -1 : 1)).slice(0, max));
  return targets.filter((t) => kept.has(t));
}

/** Targets can share a metric across scopes within one unit and deadline: the key of that group. */
export const scopeGroupKey = (t: Pick<Target, 'unit' | 'deadline' | 'qualitative'>): string => `${t.unit}\u0000${t.deadline}\u0000${t.qualitative}`;

/**
 * Targets for the same metric, unit and deadline in other scopes: for a local target the national one and
 * other localities', for a national target the local ones. `targets` may be every target or only the target's
 * group (see scopeGroupKey). National first, then by scope.
 */
export function otherScopes(target: Target, targets: readonly Target[]): Target[] {
  const key = scopeGroupKey(target);
  return targets
    .filter((t) => t.scope !== target.scope && scopeGroupKey(t) === key && jaccard(words(t), words(target)) >= 0.5)
    .sort((a, b) => Number(b.scope === 'Vietnam') - Number(a.scope === 'Vietnam') || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
}
