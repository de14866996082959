import { scaleBand } from 'd3-scale';
import type { Target } from '../../schemas/target.ts';
import { targetKind, targetValueShort } from '../target-format.ts';

/** A box of the targets chart: one target in its deadline's column. */
export interface TargetBox {
  id: string;
  x: number;
  y: number;
  width: number;
  label: string;
  kind: ReturnType<typeof targetKind>;
  conflict: boolean;
}

/** The targets chart: a column per deadline year with a box per target, sorted by kind. */
export interface TargetLayout {
  width: number;
  height: number;
  columns: { deadline: number; x: number; width: number; count: number }[];
  boxes: TargetBox[];
  boxHeight: number;
}

const HEADER = 44;
const BOX = 22;
const GAP = 4;
const ORDER = ['share', 'count', 'rank', 'goal'];

/** The fields of a target the layout reads. */
type LaidOutTarget = Pick<Target, 'id' | 'deadline' | 'comparator' | 'value' | 'unit' | 'qualitative' | 'conflicts'>;

/** Lays out targets by deadline: columns from a band scale over the deadline years, boxes stacked in each. */
export function layoutTargets(targets: LaidOutTarget[], width = 720): TargetLayout {
  const deadlines = [...new Set(targets.map((t) => t.deadline))].sort((a, b) => a - b);
  const band = scaleBand<number>().domain(deadlines).range([0, width]).paddingInner(0.08);
  const boxes: TargetBox[] = [];
  const columns = deadlines.map((deadline) => {
    const inColumn = targets.filter((t) => t.deadline === deadline)
      .sort((a, b) => ORDER.indexOf(targetKind(a)) - ORDER.indexOf(targetKind(b)) || (a.id < b.id ? -1 : 1));
    const x = band(deadline)!;
    inColumn.forEach((t, i) => boxes.push({
      id: t.id, x, y: HEADER + i * (BOX + GAP), width: band.bandwidth(), label: targetValueShort(t), kind: targetKind(t), conflict: t.conflicts.length > 0,
    }));
    return { deadline, x, width: band.bandwidth(), count: inColumn.length };
  });
  const tallest = Math.max(0, ...columns.map((c) => c.count));
  return { width, height: HEADER + tallest * (BOX + GAP) + 8, columns, boxes, boxHeight: BOX };
}
