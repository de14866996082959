import type { IssuerLevel } from '../../schemas/entity.ts';
import type { Relation, RelationSource } from '../../schemas/relation.ts';
import type { LinkedRelation } from './link-relations.ts';
import { relationConflicts } from './relation-conflicts.ts';

/** What merging needs to know of an instrument. */
export interface InstrumentFacts {
  name: string;
  date: string | null;
  level: IssuerLevel | null;
}

/** Entity ids in a relation id: `plan/12-kh-ubnd` → `plan-12-kh-ubnd`. */
const idPart = (entity: string) => entity.replace(/\//g, '-');

/**
 * Merges the relations the texts state: the same instruments and kind are one relation listing
 * every sentence that states it (in document order, each sentence once), with the body the first
 * of them names. Then flags conflicts (relation-conflicts.ts). `order` ranks documents.
 */
export function mergeRelations(
  linked: readonly LinkedRelation[], instruments: ReadonlyMap<string, InstrumentFacts>, order: ReadonlyMap<string, number>,
): Relation[] {
  const groups = new Map<string, LinkedRelation[]>();
  for (const r of linked) {
    const key = `${idPart(r.from)}--${r.kind}--${idPart(r.to)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
  }
  const collator = new Intl.Collator('en', { numeric: true });
  const rank = (s: RelationSource) => order.get(s.document) ?? Number.MAX_SAFE_INTEGER;
  const relations = [...groups].map(([id, group]): Relation => {
    const seen = new Set<string>();
    const sources = group.map((r) => r.source)
      .sort((a, b) => rank(a) - rank(b) || collator.compare(a.paragraph, b.paragraph))
      .filter((s) => { const key = `${s.document}#${s.paragraph}#${s.sentence}`; return seen.has(key) ? false : (seen.add(key), true); });
    const first = group[0]!;
    const body = group.find((r) => r.body?.entity)?.body ?? group.find((r) => r.body)?.body ?? null;
    return {
      id, from: first.from, to: first.to, kind: first.kind, body: body?.name ?? null, bodyEntity: body?.entity ?? null,
      sources, conflict: null, conflicts: [],
    };
  });
  relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return relationConflicts(relations, instruments);
}
