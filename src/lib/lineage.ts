import type { LineageEdge, LineageNode } from '../schemas/lineage.ts';

/** An instrument in a tree of its lineage: the edge that led to it (none at the root) and its branches. */
export interface LineageTree {
  node: LineageNode;
  edge: LineageEdge | null;
  branches: LineageTree[];
  /** How many branches were left out past the width asked for (a resolution with thousands of plans under it). */
  more: number;
}

/**
 * An instrument's lineage as a tree, for its page: up (its parents, their parents …) or down (its
 * children …), to `depth` generations, from the nodes of content/lineage.json by id (lineageData()). An
 * instrument already on the path is not followed again, so that a cycle the texts state (A
 * implements B, B implements A, flagged as a conflict) ends. At most `width` branches per instrument, the
 * first by date (the edges' order); the rest are counted in `more` and not walked, so that a page stays small
 * however many plans a resolution has. Undefined when the instrument has no node.
 */
export function lineageTree(
  nodes: ReadonlyMap<string, LineageNode>,
  id: string,
  direction: 'up' | 'down',
  depth = 4,
  width = Infinity,
): LineageTree | undefined {
  const root = nodes.get(id);
  if (!root) return undefined;
  const grow = (node: LineageNode, edge: LineageEdge | null, path: Set<string>, left: number): LineageTree => {
    const edges = left > 0 ? (direction === 'up' ? node.parents : node.children) : [];
    const next = edges.filter((e) => nodes.has(e.instrument) && !path.has(e.instrument));
    const branches = next.slice(0, width).map((e) => grow(nodes.get(e.instrument)!, e, new Set([...path, e.instrument]), left - 1));
    return { node, edge, branches, more: next.length - branches.length };
  };
  return grow(root, null, new Set([id]), depth);
}

/** The tops of the forest: instruments with children and no parents, oldest first (the nodes' own order). */
export const lineageRoots = (nodes: readonly LineageNode[]): LineageNode[] => nodes.filter((n) => n.parents.length === 0 && n.children.length > 0);
