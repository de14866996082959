import { contentWords, jaccard } from '../pipeline/events/similarity.ts';
import type { Target } from '../schemas/target.ts';

/** Targets for the same metric (similar words, same unit and scope) at other deadlines or values, by deadline. */
export function sameMetric(target: Target, targets: readonly Target[]): Target[] {
  const words = contentWords(target.metric);
  return targets
    .filter((t) => t.id !== target.id && t.unit === target.unit && t.scope === target.scope && t.qualitative === target.qualitative
      && jaccard(contentWords(t.metric), words) >= 0.5)
    .sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
}
