import type { IssuerLevel } from '../../src/schemas/entity.ts';
import type { LineageEdge, LineageNode } from '../../src/schemas/lineage.ts';
import type { RelationKind } from '../../src/schemas/relation.ts';

/** An instrument for a test forest: its id, date and level, and what it is under (`implements` unless said) or amends. */
export interface NodeSpec {
  id: string;
  date?: string | null;
  level?: IssuerLevel | null;
  under?: (string | [string, RelationKind, string?])[];
  amends?: string[];
  conflict?: string[];
}

/**
 * The nodes of content/lineage.json for a few instruments, both ends of every relation filled in as the
 * pipeline does (`parents`/`children`, `references`/`referencedBy`), nodes and edges by date: a forest
 * stated in a line per instrument.
 */
export function lineageNodes(specs: readonly NodeSpec[]): LineageNode[] {
  const nodes = new Map<string, LineageNode>(specs.map((s) => [s.id, {
    id: s.id, name: s.id.toUpperCase(), type: 'plan', date: s.date ?? null, issuer: null, level: s.level ?? null,
    parents: [], children: [], references: [], referencedBy: [],
  }]));
  const edge = (other: LineageNode, kind: RelationKind, relation: string, body: string | null, conflict: boolean): LineageEdge => ({
    relation, kind, instrument: other.id, name: other.name, type: other.type, date: other.date, issuer: other.issuer, level: other.level,
    body, sources: 1, conflict: conflict ? 'the texts disagree' : null,
  });
  for (const s of specs) {
    const from = nodes.get(s.id)!;
    for (const u of s.under ?? []) {
      const [to, kind, body] = typeof u === 'string' ? [u, 'implements' as const, undefined] : u;
      const parent = nodes.get(to)!;
      const id = `${s.id}--${kind}--${to}`;
      const flagged = s.conflict?.includes(to) ?? false;
      from.parents.push(edge(parent, kind, id, body ?? null, flagged));
      parent.children.push(edge(from, kind, id, body ?? null, flagged));
    }
    for (const to of s.amends ?? []) {
      const older = nodes.get(to)!;
      from.references.push(edge(older, 'amends', `${s.id}--amends--${to}`, null, false));
      older.referencedBy.push(edge(from, 'amends', `${s.id}--amends--${to}`, null, false));
    }
  }
  const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '9999').localeCompare(b.date ?? '9999');
  for (const n of nodes.values()) for (const list of [n.parents, n.children, n.references, n.referencedBy]) list.sort(byDate);
  return [...nodes.values()].sort(byDate);
}
