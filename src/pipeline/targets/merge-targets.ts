import type { Target } from '../../schemas/target.ts';
import { byRarity, SimilarityIndex } from '../events/similarity-index.ts';
import { contentWords } from '../events/similarity.ts';
import { uniqueIds } from '../unique-ids.ts';
import { slugify } from '../slug.ts';
import { fold } from '../extract/fold.ts';
import type { TargetCandidate } from './find-targets.ts';

/** Whether one set of words holds every word of the other (neither empty). */
const nested = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0
  && (a.size <= b.size ? [...a].every((w) => b.has(w)) : [...b].every((w) => a.has(w)));

/**
 * Whether most words of the shorter set are the other's, four at least: the same figure of one text told twice in other words ("60% of
 * shrimp farms using environmental sensors and farm diaries" in a report, "60% of shrimp farms to use sensors and digital farm diaries"
 * in its list of targets).
 */
const MOSTLY_SHARED = 0.6;
const SHARED_WORDS = 4;
const retold = (a: Set<string>, b: Set<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared = [...small].filter((w) => large.has(w)).length;
  return shared >= SHARED_WORDS && shared / small.size >= MOSTLY_SHARED;
};

/** Metric similarity above which two statements measure the same thing. */
const SAME_METRIC = 0.5;

/**
 * Merges the targets several texts state: the same metric (similar words), unit, scope and
 * deadline with the same comparator and value is one target listing every source; another value
 * or comparator for that metric is a separate target, and both are flagged as conflicting.
 * A statement joins the first metric group whose first statement it is similar to, found with
 * an index of those first statements per deadline, scope and unit.
 */
export function mergeTargets(candidates: TargetCandidate[], order: Map<string, number>): Target[] {
  const collator = new Intl.Collator('en', { numeric: true });
  const rank = (c: TargetCandidate) => order.get(c.source.document) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || collator.compare(a.source.paragraph, b.source.paragraph));
  const words = new Map<string, { set: Set<string>; signature: string }>();
  for (const c of sorted) if (!words.has(c.metric)) {
    const set = contentWords(c.metric);
    words.set(c.metric, { set, signature: [...set].sort().join(' ') });
  }
  const rarity = byRarity([...words.values()].map((w) => w.set));
  const metrics: TargetCandidate[][] = [];
  const buckets = new Map<string, {
    index: SimilarityIndex<TargetCandidate[]>; bySignature: Map<string, TargetCandidate[]>;
    byFigure: Map<string, { set: Set<string>; group: TargetCandidate[] }[]>;
  }>();
  for (const c of sorted) {
    // A share is one, whatever its base is written as: "70% of the total" of forest owners' records is "70%" of them.
    // So is a rank, whatever it is among ("rank among provinces" in a sentence, "rank" in a table's row).
    const unit = c.unit?.startsWith('%') ? '%' : /^rank\b/.test(c.unit ?? '') ? 'rank' : c.unit;
    const key = JSON.stringify([c.deadline, fold(c.scope), unit, c.qualitative]);
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { index: new SimilarityIndex(SAME_METRIC, rarity), bySignature: new Map(), byFigure: new Map() }));
    const { set, signature } = words.get(c.metric)!;
    // The same figure a text states twice, once with fewer words ("3,500 engineers for chip design", then "3,500 engineers"): one target.
    const figure = `${c.source.document}|${c.comparator}|${c.value}|${c.max}`;
    let group = b.bySignature.get(signature) ?? b.index.similar(set)[0]
      ?? (set.size > 0 ? b.byFigure.get(figure)?.find((stated) => nested(stated.set, set) || retold(stated.set, set))?.group : undefined);
    if (group) group.push(c);
    else {
      metrics.push((group = [c]));
      b.index.add(set, group);
    }
    (b.byFigure.get(figure) ?? b.byFigure.set(figure, []).get(figure)!).push({ set, group });
    if (set.size > 0) b.bySignature.set(signature, group);
  }
  const groups = metrics.map((group) => {
    const variants = new Map<string, TargetCandidate[]>();
    for (const c of group) {
      const key = `${c.comparator}|${c.value}|${c.max}`;
      const variant = variants.get(key);
      if (variant) variant.push(c);
      else variants.set(key, [c]);
    }
    return [...variants.values()].map((v) => toTarget(v, variants.size > 1));
  });
  const ids = uniqueIds();
  for (const t of groups.flat()) t.id = ids(t.id);
  for (const made of groups) for (const t of made) t.conflicts = made.filter((o) => o !== t).map((o) => o.id);
  return groups.flat().sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
}

function toTarget(group: TargetCandidate[], conflicting: boolean): Target {
  const first = group[0]!;
  const seen = new Set<string>();
  const sources = group.map((c) => c.source).filter((s) => (seen.has(`${s.document}#${s.paragraph}`)
    ? false
    : (seen.add(`${s.document}#${s.paragraph}`), true)));
  const slug = slugify(first.metric).split('-').slice(0, 8).join('-');
  const scope = first.scope === 'Vietnam' ? '' : `-${slugify(first.scope)}`;
  return {
    id: `${slug}${scope}-${first.deadline}`
      + `${conflicting ? `-${slugify(`${first.comparator === 'top' ? 'top' : ''}${first.value ?? 'goal'}${first.max === null ? '' : `-${first.max}`}`)}` : ''}`,
    metric: first.metric, comparator: first.comparator, value: first.value, max: first.max, unit: first.unit, deadline: first.deadline,
    baseline: group.find((c) => c.baseline)?.baseline ?? null, benchmark: group.find((c) => c.benchmark)?.benchmark ?? null,
    scope: first.scope, qualitative: first.qualitative,
    statement: first.statement, sources, conflicts: [], figures: [],
  };
}
