import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';

/** A stretch of a broken time axis, drawn at its own density. */
export interface AxisSegment {
  label: string;
  from: Date;
  to: Date;
  x0: number;
  x1: number;
}

/** A tick of the axis: its position, label, and whether it marks a year. */
export interface AxisTick {
  x: number;
  label: string;
  major: boolean;
}

/** A time axis with eras: history and horizon compressed around a detailed window. */
export interface BrokenAxis {
  segments: AxisSegment[];
  ticks: AxisTick[];
  /** Positions of the breaks between segments. */
  breaks: number[];
  /** Position of an ISO day. */
  x(iso: string): number;
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const year = (y: number) => new Date(Date.UTC(y, 0, 1));
/** Share of the width the detailed window gets. */
const DETAIL_WEIGHT = 0.55;
/** Least distance between two tick labels. */
const LABEL_SPACE = 32;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A broken axis over [first, last] (ISO days) that gives most of `width` to the detail window
 * `[detailFrom, detailTo]` (years), with the years before it and after it compressed into eras
 * of their own, each with ticks at its own step (decades, quarters, five years).
 */
export function brokenAxis(first: string, last: string, detailFrom: number, detailTo: number, width: number): BrokenAxis {
  const start = Math.min(day(first).getUTCFullYear(), detailFrom);
  const end = Math.max(day(last).getUTCFullYear(), detailTo);
  const eras: { label: string; from: Date; to: Date; weight: number; step: (d: Date, d2: Date) => Date[]; format: (d: Date) => string }[] = [];
  if (start < detailFrom) {
    const from = year(Math.floor(start / 10) * 10);
    eras.push({
      label: `${from.getUTCFullYear()}–${detailFrom - 1}`, from, to: year(detailFrom), weight: 0.2,
      step: (a, b) => utcYear.every(10)!.range(a, b),
      format: (d) => String(d.getUTCFullYear()),
    });
  }
  eras.push({
    label: `${detailFrom}–${detailTo}`, from: year(detailFrom), to: year(detailTo + 1), weight: DETAIL_WEIGHT,
    step: (a, b) => utcMonth.every(3)!.range(a, b),
    format: (d) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()]!),
  });
  if (end > detailTo) {
    const to = year(Math.ceil((end + 1) / 5) * 5);
    eras.push({
      label: `${detailTo + 1}–${end}`, from: year(detailTo + 1), to, weight: 0.25,
      step: (a, b) => utcYear.every(5)!.range(a, b),
      format: (d) => String(d.getUTCFullYear()),
    });
  }
  const total = eras.reduce((s, e) => s + e.weight, 0);
  let at = 0;
  const segments = eras.map((e) => {
    const x0 = at;
    at += (e.weight / total) * width;
    return { label: e.label, from: e.from, to: e.to, x0, x1: at };
  });
  const scale = scaleUtc()
    .domain([segments[0]!.from, ...segments.map((s) => s.to)])
    .range([0, ...segments.map((s) => s.x1)])
    .clamp(true);
  const detailEra = eras.findIndex((e) => e.weight === DETAIL_WEIGHT);
  const ticks = eras.flatMap((e, i) => e.step(e.from, e.to).map((d) => ({
    x: scale(d), label: e.format(d), major: d.getUTCMonth() === 0, priority: (d.getUTCMonth() === 0 ? 2 : 0) + (i === detailEra ? 1 : 0),
  })));
  return { segments, ticks: thinLabels(ticks), breaks: segments.slice(1).map((s) => s.x0), x: (iso) => scale(day(iso)) };
}

/** Keeps tick labels at least LABEL_SPACE apart, years of the detailed window first, then other years; the others keep their tick without a label. */
function thinLabels(ticks: (AxisTick & { priority: number })[]): AxisTick[] {
  const kept: number[] = [];
  const keep = new Set<AxisTick>();
  for (const t of [...ticks].sort((a, b) => b.priority - a.priority || a.x - b.x)) {
    if (kept.every((x) => Math.abs(x - t.x) >= LABEL_SPACE)) {
      kept.push(t.x);
      keep.add(t);
    }
  }
  return ticks.map((t) => {
    const { priority: _, ...tick } = t;
    return keep.has(t) ? tick : { ...tick, label: '' };
  });
}
