import { blockId } from '../block-id.ts';
import type { Link } from '../extract/resolve.ts';
import type { RelationSource } from '../../schemas/relation.ts';
import type { MentionRef, RelationCandidate } from './types.ts';
import type { RelationKind } from '../../schemas/relation.ts';

/** A relation one sentence states, its instruments (and body) resolved to entities. */
export interface LinkedRelation {
  kind: RelationKind;
  from: string;
  to: string;
  body: { name: string; entity: string | null } | null;
  source: RelationSource;
}

/**
 * Resolves the instruments of a document's relations to entities through the links the resolver
 * made for the same mentions; a relation whose instrument no link names (a mention the resolver
 * dropped) is left out.
 */
export function linkRelations(document: string, candidates: readonly RelationCandidate[], links: readonly Link[]): LinkedRelation[] {
  if (candidates.length === 0) return [];
  const place = (r: MentionRef) => `${r.block}:${r.start}:${r.end}`;
  const entityAt = new Map(links.map((l) => [place(l), l.entity]));
  const out: LinkedRelation[] = [];
  for (const c of candidates) {
    const from = entityAt.get(place(c.from));
    const to = entityAt.get(place(c.to));
    if (!from || !to || from === to) continue;
    out.push({
      kind: c.kind, from, to,
      body: c.body ? { name: c.body.name, entity: (c.body.ref && entityAt.get(place(c.body.ref))) ?? null } : null,
      source: { document, paragraph: blockId(c.block + 1), sentence: c.sentence, cue: c.cue, subject: c.subject, object: c.object },
    });
  }
  return out;
}
