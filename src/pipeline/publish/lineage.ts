import type { Entity } from '../../schemas/entity.ts';
import { PARENT_KINDS, type LineageEdge, type LineageNode } from '../../schemas/lineage.ts';
import type { Relation } from '../../schemas/relation.ts';

/** The undated sort last. */
const LAST = '\uffff';
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** By date, undated last, then by name. */
const byDate = (
  a: { date: string | null; name: string }, b: { date: string | null; name: string },
) => compare(a.date ?? LAST, b.date ?? LAST) || compare(a.name, b.name);

/**
 * The chain of policy per instrument, prepared once for the pages: each instrument in a relation
 * with its parents and children (implements, establishes) and its other relations both ways, each
 * edge carrying the other instrument's name, date, issuer and level, so that a page needs nothing
 * else to draw a tree. Nodes by date of issue (undated last), then id; edges likewise.
 */
export function lineageNodes(relations: readonly Relation[], entities: readonly Entity[]): LineageNode[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nodes = new Map<string, LineageNode>();
  const node = (id: string): LineageNode | undefined => {
    let n = nodes.get(id);
    const e = byId.get(id);
    if (!n && e) {
      const i = 'number' in e ? e : undefined;
      n = {
        id, name: e.name, type: e.type, date: i?.date ?? null, issuer: i?.issuer ?? null, level: i?.level ?? null, parents: [], children: [],
        references: [], referencedBy: [],
      };
      nodes.set(id, n);
    }
    return n;
  };
  const edge = (r: Relation, other: LineageNode): LineageEdge => ({
    relation: r.id, kind: r.kind, instrument: other.id, name: other.name, type: other.type, date: other.date, issuer: other.issuer,
    level: other.level, body: r.body, sources: r.sources.length, conflict: r.conflict,
  });
  for (const r of relations) {
    const [from, to] = [node(r.from), node(r.to)];
    if (!from || !to) continue;
    const parent = PARENT_KINDS.has(r.kind);
    (parent ? from.parents : from.references).push(edge(r, to));
    (parent ? to.children : to.referencedBy).push(edge(r, from));
  }
  const out = [...nodes.values()];
  for (const n of out) for (const list of [n.parents, n.children, n.references, n.referencedBy]) list.sort((
    a, b,
  ) => byDate(a, b) || compare(a.relation, b.relation));
  return out.sort((a, b) => byDate(a, b) || compare(a.id, b.id));
}
