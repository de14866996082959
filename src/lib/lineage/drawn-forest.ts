import type { LineageNode } from '../../schemas/lineage.ts';
import { lineageData } from '../lineage-data.ts';
import { LINEAGE_CHART_MAX } from '../page-sizes.ts';
import { lineageForest, type ForestBranch, type LineageForest } from './forest.ts';

/** The forest the lineage page draws, and the ids of the instruments in it. */
export interface DrawnForest extends LineageForest {
  drawn: ReadonlySet<string>;
}

const made = new WeakMap<ReadonlyMap<string, LineageNode>, DrawnForest>();

/** The forest of /lineage/, made once per build (per read of the lineage in the dev server): the page draws it, instrument pages link into it. */
export function drawnForest(): DrawnForest {
  const { nodes } = lineageData();
  let forest = made.get(nodes);
  if (!forest) {
    const built = lineageForest([...nodes.values()], LINEAGE_CHART_MAX);
    const drawn = new Set<string>();
    const visit = (b: ForestBranch) => { drawn.add(b.node.id); b.branches.forEach(visit); };
    built.groups.flat().forEach(visit);
    forest = { ...built, drawn };
    made.set(nodes, forest);
  }
  return forest;
}

/** Id of an instrument's item in the list on /lineage/ (`plan/58-kh-ubnd` → `lineage-plan-58-kh-ubnd`). */
export const forestAnchor = (id: string): string => `lineage-${id.replace(/\//g, '-')}`;
