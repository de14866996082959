import type { LineageEdge, LineageNode } from '../../schemas/lineage.ts';

/** Kinds by which a newer instrument follows an older one (its `references`): it hangs from the one it amends, replaces or supersedes. */
const SUCCESSION: ReadonlySet<string> = new Set(['amends', 'replaces', 'supersedes']);

/** An instrument in the forest: the relation it hangs from (none at a top), its other parents and its branches. */
export interface ForestBranch {
  node: LineageNode;
  /** The relation it hangs from, from its own lists (`instrument` is the parent); null at a top. */
  edge: LineageEdge | null;
  /** Its other parents in the forest (a plan under two resolutions hangs from one and names the others). */
  also: LineageEdge[];
  branches: ForestBranch[];
}

/** The relations an instrument hangs from (`up`) or that hang from it (`down`), within the forest. */
type Edges = (n: LineageNode) => LineageEdge[];

/** The forest of the chain of policy, as far as it is drawn. */
export interface LineageForest {
  /** Each connected group of instruments: its tops, by date. Groups by their earliest date. */
  groups: ForestBranch[][];
  /** Instruments drawn, and in the forest (every instrument in a relation other than a citation). */
  shown: number;
  total: number;
  /** Groups drawn, whole or in part, and in the forest. */
  groupsShown: number;
  groupsTotal: number;
}

/** Oldest first, undated last, then by name: the order of rows, branches and groups. */
export const byDate = (a: { date: string | null; name: string }, b: { date: string | null; name: string }): number =>
  a.date === b.date ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

/** What an instrument hangs from: what it implements or sets a body up under, and what it amends, replaces or supersedes. */
const upEdges = (n: LineageNode): LineageEdge[] => [...n.parents, ...n.references.filter((e) => SUCCESSION.has(e.kind))];
/** What hangs from it, by date. */
const downEdges = (n: LineageNode): LineageEdge[] => [...n.children, ...n.referencedBy.filter((e) => SUCCESSION.has(e.kind))].sort(byDate);

/**
 * The forest the lineage page draws: instruments joined by a relation other than a citation (a "Pursuant to"
 * line names a basis, not a lineage), in connected groups, each as trees that hang every instrument once
 * from the first parent a walk down from the tops meets (its other parents are kept in `also`). At most
 * `max` instruments: the largest groups first, and in a group the instruments nearest its tops, so that the
 * top of a resolution's tree is kept when its thousands of plans are not. Nodes are content/lineage.json's.
 */
export function lineageForest(nodes: readonly LineageNode[], max = Infinity): LineageForest {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const up = (n: LineageNode) => upEdges(n).filter((e) => byId.has(e.instrument));
  const down = (n: LineageNode) => downEdges(n).filter((e) => byId.has(e.instrument));
  const members = nodes.filter((n) => up(n).length > 0 || down(n).length > 0).sort(byDate);
  const groups = connectedGroups(members, (n) => [...up(n), ...down(n)].map((e) => byId.get(e.instrument)!));
  // Groups are by date within: the first is the earliest, which breaks ties between groups of a size.
  const ranked = groups.sort((a, b) => b.length - a.length || byDate(a[0]!, b[0]!)).map((group) => walkOrder(group, up, down, byId));
  let room = max;
  const kept: LineageNode[][] = [];
  for (const order of ranked) {
    if (room <= 0) break;
    kept.push(order.slice(0, room));
    room -= Math.min(room, order.length);
  }
  const trees = kept.map((group) => spanningTrees(group, up, down, byId)).sort((a, b) => byDate(earliest(a), earliest(b)));
  return { groups: trees, shown: kept.flat().length, total: members.length, groupsShown: kept.length, groupsTotal: groups.length };
}

/** The instruments joined to each other, each group in the order given. */
function connectedGroups(members: readonly LineageNode[], neighbours: (n: LineageNode) => LineageNode[]): LineageNode[][] {
  const seen = new Set<string>();
  const groups: LineageNode[][] = [];
  for (const start of members) {
    if (seen.has(start.id)) continue;
    seen.add(start.id);
    const group = [start];
    for (let i = 0; i < group.length; i++) {
      for (const next of neighbours(group[i]!)) if (!seen.has(next.id)) { seen.add(next.id); group.push(next); }
    }
    groups.push(group.sort(byDate));
  }
  return groups;
}

/**
 * A group's instruments in the order they are kept: a walk down, level by level, from its tops (no parent,
 * by date), then from any instrument a cycle the texts state left unreached. Each instrument comes after
 * the parent it was reached from.
 */
function walkOrder(group: readonly LineageNode[], up: Edges, down: Edges, byId: ReadonlyMap<string, LineageNode>): LineageNode[] {
  const order: LineageNode[] = [];
  const seen = new Set<string>();
  const walk = (starts: LineageNode[]) => {
    const queue = starts.filter((s) => !seen.has(s.id));
    for (const s of queue) seen.add(s.id);
    for (let i = 0; i < queue.length; i++) {
      order.push(queue[i]!);
      for (const e of down(queue[i]!)) if (!seen.has(e.instrument)) { seen.add(e.instrument); queue.push(byId.get(e.instrument)!); }
    }
  };
  walk(group.filter((n) => up(n).length === 0));
  for (const n of group) if (!seen.has(n.id)) walk([n]);
  return order;
}

/** The trees of the instruments kept of a group (in walk order): each hangs from the first parent a walk down, by date, meets. */
function spanningTrees(kept: readonly LineageNode[], up: Edges, down: Edges, byId: ReadonlyMap<string, LineageNode>): ForestBranch[] {
  const keep = new Set(kept.map((n) => n.id));
  const placed = new Set<string>();
  const grow = (node: LineageNode, edge: LineageEdge | null): ForestBranch => {
    placed.add(node.id);
    const branch: ForestBranch = { node, edge, also: up(node).filter((e) => e !== edge), branches: [] };
    for (const e of down(node)) {
      if (!keep.has(e.instrument) || placed.has(e.instrument)) continue;
      const child = byId.get(e.instrument)!;
      branch.branches.push(grow(child, up(child).find((p) => p.instrument === node.id) ?? null));
    }
    return branch;
  };
  const tops: ForestBranch[] = [];
  for (const n of kept) if (!placed.has(n.id)) tops.push(grow(n, null));
  return tops.sort((a, b) => byDate(a.node, b.node));
}

/** The earliest instrument of a group's trees (its tops are by date, but a branch may be older than its top). */
function earliest(tops: readonly ForestBranch[]): LineageNode {
  const all: LineageNode[] = [];
  const visit = (b: ForestBranch) => { all.push(b.node); b.branches.forEach(visit); };
  tops.forEach(visit);
  return all.sort(byDate)[0]!;
}
