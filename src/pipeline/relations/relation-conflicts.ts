import type { Relation } from '../../schemas/relation.ts';
import { bodyHead } from './bodies.ts';
import type { InstrumentFacts } from './merge-relations.ts';

/** Kinds that put one instrument under, or in place of, another: stated both ways, they conflict. */
const DIRECTED = new Set(['implements', 'establishes', 'amends', 'replaces', 'supersedes']);
/** How many conflicting relations one relation lists. */
const LISTED_MAX = 20;

/**
 * Flags the relations the texts disagree on, keeping every statement: an instrument said in
 * different sentences to implement two instruments of the same level (a plan under Resolution 57
 * in one text, under Resolution 45 in another); a relation stated both ways (A amends B, B amends
 * A); two instruments said to set up the same body; an instrument dated before the one it acts
 * on. Each flagged relation gets a short reason and the ids of the relations it conflicts with.
 * Mutates and returns the relations.
 */
export function relationConflicts(relations: Relation[], instruments: ReadonlyMap<string, InstrumentFacts>): Relation[] {
  const name = (id: string) => instruments.get(id)?.name ?? id;
  const reasons = new Map<Relation, string[]>();
  const flag = (r: Relation, reason: string, others: Relation[] = []) => {
    (reasons.get(r) ?? reasons.set(r, []).get(r)!).push(reason);
    for (const o of others) if (r.conflicts.length < LISTED_MAX && !r.conflicts.includes(o.id)) r.conflicts.push(o.id);
  };
  const sentencesOf = (r: Relation) => new Set(r.sources.map((s) => `${s.document}#${s.paragraph}#${s.sentence}`));

  // The same instrument under two of one level, never stated together.
  const under = Map.groupBy(
    relations.filter((r) => r.kind === 'implements' && instruments.get(r.to)?.level), (r) => `${r.from}\n${instruments.get(r.to)!.level}`,
  );
  for (const group of under.values()) {
    if (group.length < 2) continue;
    const sentences = group.map(sentencesOf);
    group.forEach((r, i) => {
      const apart = group.filter((o, j) => j !== i && ![...sentences[j]!].some((s) => sentences[i]!.has(s)));
      if (apart.length > 0) flag(r, `also said to implement ${apart.map((o) => name(o.to)).join(', ')} (${instruments.get(r.to)!.level})`, apart);
    });
  }
  // A relation stated both ways.
  const directed = Map.groupBy(relations.filter((r) => DIRECTED.has(r.kind)), (r) => `${r.from}\n${r.to}`);
  for (const r of relations) {
    const reverse = DIRECTED.has(r.kind) ? directed.get(`${r.to}\n${r.from}`) : undefined;
    if (reverse) flag(r, `the reverse is also stated (${reverse.map((o) => `${name(o.from)} ${o.kind} ${name(o.to)}`).join('; ')})`, reverse);
  }
  // Two instruments said to set up the same body.
  const bodies = Map.groupBy(relations.filter((r) => r.kind === 'establishes' && r.body), (r) => `${r.to}\n${bodyHead(r.body!)}`);
  for (const group of bodies.values()) for (const r of group) {
    const others = group.filter((o) => o.from !== r.from);
    if (others.length > 0) flag(r, `${[...new Set(others.map((o) => name(o.from)))].join(', ')} also said to set up ${r.body}`, others);
  }
  // An instrument dated before the one it acts on.
  for (const r of relations) {
    const [from, to] = [instruments.get(r.from)?.date, instruments.get(r.to)?.date];
    if (!from || !to) continue;
    const n = Math.min(from.length, to.length);
    if (from.slice(0, n) < to.slice(0, n)) flag(r, `dated ${from}, before ${name(r.to)} (${to})`);
  }
  for (const [r, list] of reasons) r.conflict = list.join('; ');
  return relations;
}
