import type { Fact, Target, TargetFigure } from '../../schemas/target.ts';
import { byRarity, SimilarityIndex } from '../events/similarity-index.ts';
import { contentWords } from '../events/similarity.ts';
import { fold } from '../extract/fold.ts';

/** Metric similarity above which a figure measures what a target measures (as for merging targets). */
const SAME_METRIC = 0.5;
/** Most figures kept per target, the latest first kept: a chart and a table of more would not be read. */
const MAX_FIGURES = 40;

/**
 * What a unit measures, for comparing a target with a figure: a share keeps its base ("% of GDP"); a count its
 * head noun without its plural ("enterprises" and "digital technology enterprises" → "enterprise"); a rank has
 * no figures. Null when a target or a figure has no comparable unit.
 */
export function unitKey(unit: string | null): string | null {
  if (!unit || unit.startsWith('rank')) return null;
  if (unit.startsWith('%')) return unit;
  const head = unit.split(/\s+per\s+/)[0]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  const rate = unit.includes(' per ') ? ` per ${unit.split(/\s+per\s+/)[1]}` : '';
  return `${head.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '')}${rate}`;
}

/**
 * Links every target to the figures the texts state for its metric in its scope and unit: its baseline (when a
 * year is stated) and the values reported, each with its date and source, by date. A figure matches when its
 * metric's words are similar to the target's (the same test as merging targets), found with an index of the
 * facts per scope and unit, so that the cost follows the matches, not targets × facts.
 */
export function linkFigures(targets: Target[], facts: readonly Fact[]): void {
  const wordsOf = new Map<Fact, Set<string>>();
  for (const f of facts) if (f.metric && f.date && unitKey(f.unit)) wordsOf.set(f, contentWords(f.metric));
  const rarity = byRarity(wordsOf.values());
  const buckets = new Map<string, SimilarityIndex<Fact>>();
  for (const [f, words] of wordsOf) {
    const key = `${fold(f.scope)}\u0000${unitKey(f.unit)}`;
    let index = buckets.get(key);
    if (!index) buckets.set(key, (index = new SimilarityIndex(SAME_METRIC, rarity)));
    index.add(words, f);
  }
  for (const target of targets) {
    const figures: TargetFigure[] = [];
    const first = target.sources[0];
    if (target.baseline?.year && first) {
      figures.push({
        kind: 'baseline', value: target.baseline.value, date: String(target.baseline.year), text: target.baseline.text, fact: null,
        document: first.document, paragraph: first.paragraph, sentence: first.text,
      });
    }
    const key = unitKey(target.unit);
    const index = key && !target.qualitative && target.comparator !== 'top' ? buckets.get(`${fold(target.scope)}\u0000${key}`) : undefined;
    for (const f of index?.similar(contentWords(target.metric)) ?? []) {
      if (figures.some((g) => g.value === f.value && g.date.slice(0, 4) === f.date!.slice(0, 4))) continue;
      figures.push({
        kind: 'reported', value: f.value, date: f.date!, text: f.text, fact: f.id, document: f.document, paragraph: f.paragraph, sentence: f.sentence,
      });
    }
    figures.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
    target.figures = figures.slice(-MAX_FIGURES);
  }
}
