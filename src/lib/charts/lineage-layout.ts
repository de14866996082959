import { scaleUtc } from 'd3-scale';
import { curveStepBefore, link } from 'd3-shape';
import { levelKey, type LevelKey } from '../issuer-levels.ts';
import type { ForestBranch } from '../lineage/forest.ts';
import type { RelationKind } from '../../schemas/relation.ts';
import { dateMiddle } from './progress-svg.ts';

/** The chart's drawing box: its width, the height of a row (one instrument) and what surrounds the rows. */
export const LINEAGE_WIDTH = 760;
const ROW = 22;
const TOP = 34;
const BOTTOM = 12;
const GROUP_GAP = 12;
const SIDE = 14;
/** Room to the right of the time axis for the instruments no text dates. */
const UNDATED = 96;
/** A label starts after its dot left of this share of the width, and ends before it right of it. */
const LABEL_FLIP = 0.62;

/** One instrument on the chart: its row (y), its date (x) and what it shows. */
export interface LineageMark {
  id: string;
  name: string;
  date: string | null;
  issuer: string | null;
  level: LevelKey;
  x: number;
  y: number;
  /** Where its label goes: after the dot (`start`) or, near the right edge, before it (`end`). */
  anchor: 'start' | 'end';
  /** Whether a relation it hangs from is flagged as a conflict. */
  conflict: boolean;
}

/** One relation on the chart, from the instrument above to the one that hangs from it. */
export interface LineageLink {
  from: string;
  to: string;
  kind: RelationKind;
  conflict: boolean;
  /** The levels of both ends: a filter hides the link when it hides either. */
  levels: readonly [LevelKey, LevelKey];
  /** Whether it joins an instrument to a parent other than the one it hangs from in the trees. */
  also: boolean;
  /** SVG path data (d3-shape's link with a step curve: an elbow). */
  d: string;
}

/** The chart laid out: size, time axis, marks and links. */
export interface LineageLayout {
  width: number;
  height: number;
  ticks: { x: number; label: string }[];
  /** Where the undated instruments stand; null when every instrument drawn is dated. */
  undatedX: number | null;
  marks: LineageMark[];
  links: LineageLink[];
}

/** An elbow: down from the parent's dot to the child's row, then along it to the child's date; a parent's children share one trunk. */
const path = link<{ source: [number, number]; target: [number, number] }, [number, number]>(curveStepBefore).digits(1);

/**
 * The forest as rows on a time axis: one row per instrument, in the order of its trees (each group's tops by
 * date, every branch below the instrument it hangs from, branches by date); x is the date of issue, the
 * middle of its month or year when only those are known, and a column after the axis for undated ones. Links
 * go from each parent to each instrument that hangs from it, its other parents included, as elbows.
 */
export function lineageLayout(groups: readonly (readonly ForestBranch[])[]): LineageLayout {
  const rows: { branch: ForestBranch; group: number }[] = [];
  const visit = (b: ForestBranch, group: number) => { rows.push({ branch: b, group }); b.branches.forEach((c) => visit(c, group)); };
  groups.forEach((tops, g) => tops.forEach((t) => visit(t, g)));
  const dates = rows.flatMap(({ branch }) => (branch.node.date ? [dateMiddle(branch.node.date)] : []));
  const hasUndated = rows.some(({ branch }) => !branch.node.date);
  const right = LINEAGE_WIDTH - SIDE - (hasUndated ? UNDATED : 0);
  const first = dates.length ? new Date(Math.min(...dates.map(Number))) : new Date(Date.UTC(2000, 0, 1));
  const last = dates.length ? new Date(Math.max(...dates.map(Number))) : first;
  const span = Math.max(last.getTime() - first.getTime(), 90 * 864e5);
  const x = scaleUtc().domain([new Date(first.getTime() - span * 0.04), new Date(last.getTime() + span * 0.04)]).range([SIDE, right]).nice();
  const format = x.tickFormat();
  const ticks = dates.length ? x.ticks(6).map((d) => ({ x: x(d), label: format(d) })) : [];
  const undatedX = hasUndated ? LINEAGE_WIDTH - SIDE - UNDATED / 2 : null;
  const marks: LineageMark[] = rows.map(({ branch: { node, edge, also } }, i) => {
    const mx = node.date ? x(dateMiddle(node.date)) : undatedX!;
    return {
      id: node.id, name: node.name, date: node.date, issuer: node.issuer, level: levelKey(node.level),
      x: mx, y: TOP + i * ROW + rows[i]!.group * GROUP_GAP, anchor: mx < LINEAGE_WIDTH * LABEL_FLIP ? 'start' : 'end',
      conflict: [edge, ...also].some((e) => e?.conflict),
    };
  });
  const at = new Map(marks.map((m) => [m.id, m]));
  const links: LineageLink[] = rows.flatMap(({ branch: { node, edge, also } }) => [edge, ...also].flatMap((e) => {
    const parent = e && at.get(e.instrument);
    const child = at.get(node.id)!;
    if (!e || !parent) return [];
    return [{
      from: parent.id, to: child.id, kind: e.kind, conflict: e.conflict !== null, also: e !== edge,
      levels: [parent.level, child.level] as const,
      d: path({ source: [parent.x, parent.y], target: [child.x, child.y] }) ?? '',
    }];
  }));
  const groupsDrawn = new Set(rows.map((r) => r.group)).size;
  return { width: LINEAGE_WIDTH, height: TOP + rows.length * ROW + Math.max(0, groupsDrawn - 1) * GROUP_GAP + BOTTOM, ticks, undatedX, marks, links };
}
