import type { Event, EventKind } from '../../schemas/event.ts';
import { EVENT_KIND_ORDER, EVENT_KINDS } from '../event-kinds.ts';
import { brokenAxis, type BrokenAxis } from './time-axis.ts';

/** A lane of the chart: a kind of event, or the targets due by each deadline. */
export type LaneKind = EventKind | 'target';

/**
 * A mark of the timeline: a dot for a day or month, a bar for a longer span, a diamond at the
 * due day of a milestone or a deadline, with a thin line back over the span it covers.
 */
export interface TimelineMark {
  id: string;
  kind: LaneKind;
  title: string;
  date: string;
  /** Position of the mark, and the span it covers (equal to x for a dot). */
  x: number;
  x0: number;
  x1: number;
  y: number;
  shape: 'dot' | 'bar' | 'diamond';
}

/** A horizontal lane of the chart. */
export interface TimelineLane {
  kind: LaneKind;
  label: string;
  y: number;
  height: number;
}

/** Everything the timeline chart draws, in SVG user units. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Left edge of the plot. */
  left: number;
  axis: BrokenAxis;
  axisY: number;
  lanes: TimelineLane[];
  marks: TimelineMark[];
}

/** An item the chart places: an event or milestone, or a deadline year with its targets. */
export type TimelineItem = Pick<Event, 'id' | 'title' | 'date' | 'precision' | 'from' | 'to'> & { kind: LaneKind };

const LABEL = 18;
const ROW = 16;
const GAP = 12;
const LEFT = 20;

/**
 * Lays out items on a broken time axis: one lane per kind (labelled above it), then the targets
 * due per deadline; marks that would overlap in a lane go to a new row.
 */
export function layoutTimeline(items: TimelineItem[], detail: { from: number; to: number }, width = 720): TimelineLayout {
  const plot = width - LEFT * 2;
  const first = items.reduce((m, e) => (e.from < m ? e.from : m), `${detail.from}-01-01`);
  const last = items.reduce((m, e) => (e.to > m ? e.to : m), `${detail.to}-12-31`);
  const axis = brokenAxis(first, last, detail.from, detail.to, plot);
  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let y = 4;
  for (const kind of [...EVENT_KIND_ORDER, 'target'] as LaneKind[]) {
    const inLane = items.filter((e) => e.kind === kind).sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.id < b.id ? -1 : 1));
    if (inLane.length === 0) continue;
    const rows: number[] = [];
    const placed = inLane.map((e) => {
      const due = kind === 'milestone' || kind === 'target';
      const shape: TimelineMark['shape'] = due ? 'diamond' : ['day', 'week', 'month'].includes(e.precision) ? 'dot' : 'bar';
      const x0 = LEFT + axis.x(e.from);
      const x1 = LEFT + Math.max(axis.x(e.to), axis.x(e.from) + 2);
      const x = shape === 'diamond' ? x1 : shape === 'dot' ? (x0 + x1) / 2 : x0;
      const right = shape === 'bar' ? x1 : x;
      let row = rows.findIndex((end) => end + GAP <= (shape === 'bar' ? x0 : x));
      if (row < 0) row = rows.push(-Infinity) - 1;
      rows[row] = right;
      return { e, x, x0: shape === 'dot' ? x : x0, x1: shape === 'dot' ? x : x1, row, shape };
    });
    const height = LABEL + rows.length * ROW + 6;
    lanes.push({ kind, label: kind === 'target' ? 'Targets due' : EVENT_KINDS[kind].plural, y, height });
    for (const p of placed) {
      marks.push({ id: p.e.id, kind, title: p.e.title, date: p.e.date, x: p.x, x0: p.x0, x1: p.x1, y: y + LABEL + 6 + p.row * ROW, shape: p.shape });
    }
    y += height;
  }
  return { width, height: y + 44, left: LEFT, axis, axisY: y + 6, lanes, marks };
}

/** The detailed window of the timeline: the year before and after the newest of the dates, or null when none is dated. */
export function detailWindow(dates: (string | null)[]): { from: number; to: number } | null {
  const years = dates.flatMap((d) => (d ? [Number(d.slice(0, 4))] : []));
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  return { from: latest - 1, to: latest + 1 };
}
