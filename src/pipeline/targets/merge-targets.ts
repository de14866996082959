import type { Target } from '../../schemas/target.ts';
import { contentWords, jaccard } from '../events/similarity.ts';
import { slugify } from '../slug.ts';
import type { TargetCandidate } from './find-targets.ts';

/** Metric similarity above which two statements measure the same thing. */
const SAME_METRIC = 0.5;

/**
 * Merges the targets several texts state: the same metric (similar words), unit, scope and
 * deadline with the same comparator and value is one target listing every source; another value
 * or comparator for that metric is a separate target, and both are flagged as conflicting.
 */
export function mergeTargets(candidates: TargetCandidate[], order: Map<string, number>): Target[] {
  const rank = (c: TargetCandidate) => order.get(c.source.document) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || a.source.paragraph.localeCompare(b.source.paragraph, 'en', { numeric: true }));
  const metrics: TargetCandidate[][] = [];
  for (const c of sorted) {
    const words = contentWords(c.metric);
    const group = metrics.find((g) => g[0]!.deadline === c.deadline && g[0]!.scope === c.scope && g[0]!.unit === c.unit
      && g[0]!.qualitative === c.qualitative && jaccard(contentWords(g[0]!.metric), words) >= SAME_METRIC);
    if (group) group.push(c);
    else metrics.push([c]);
  }
  const groups = metrics.map((group) => {
    const variants = new Map<string, TargetCandidate[]>();
    for (const c of group) {
      const key = `${c.comparator}|${c.value}`;
      variants.set(key, [...(variants.get(key) ?? []), c]);
    }
    return [...variants.values()].map((v) => toTarget(v, variants.size > 1));
  });
  const taken = new Set<string>();
  for (const t of groups.flat()) {
    const base = t.id;
    for (let n = 2; taken.has(t.id); n++) t.id = `${base}-${n}`;
    taken.add(t.id);
  }
  for (const made of groups) for (const t of made) t.conflicts = made.filter((o) => o !== t).map((o) => o.id);
  return groups.flat().sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
}

function toTarget(group: TargetCandidate[], conflicting: boolean): Target {
  const first = group[0]!;
  const seen = new Set<string>();
  const sources = group.map((c) => c.source).filter((s) => (seen.has(`${s.document}#${s.paragraph}`) ? false : (seen.add(`${s.document}#${s.paragraph}`), true)));
  const slug = slugify(first.metric).split('-').slice(0, 8).join('-');
  const scope = first.scope === 'Vietnam' ? '' : `-${slugify(first.scope)}`;
  return {
    id: `${slug}${scope}-${first.deadline}${conflicting ? `-${slugify(`${first.comparator === 'top' ? 'top' : ''}${first.value ?? 'goal'}`)}` : ''}`,
    metric: first.metric, comparator: first.comparator, value: first.value, unit: first.unit, deadline: first.deadline,
    baseline: group.find((c) => c.baseline)?.baseline ?? null, scope: first.scope, qualitative: first.qualitative,
    statement: first.statement, sources, conflicts: [],
  };
}
