import { nice, ticks as niceTicks } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Target, TargetFigure } from '../../schemas/target.ts';
import { escapeXml as e, r } from './svg.ts';

/** The chart's drawing box; the SVG scales to its container, and the page reserves this aspect ratio. */
export const PROGRESS_WIDTH = 640;
export const PROGRESS_HEIGHT = 220;
const MARGIN = { top: 16, right: 24, bottom: 32, left: 48 };

/** The middle of the span an ISO date names ("2025" → 1 July 2025, "2025-10" → 16 October 2025, "2025-Q3" → mid-August). */
export function dateMiddle(date: string): Date {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(5)];
  if (/^\d{2}-\d{2}$/.test(rest)) return new Date(Date.UTC(year, Number(rest.slice(0, 2)) - 1, Number(rest.slice(3, 5))));
  if (/^\d{2}$/.test(rest)) return new Date(Date.UTC(year, Number(rest) - 1, 16));
  const quarter = /^Q([1-4])$/.exec(rest);
  if (quarter) return new Date(Date.UTC(year, (Number(quarter[1]) - 1) * 3 + 1, 15));
  const half = /^H([12])$/.exec(rest);
  if (half) return new Date(Date.UTC(year, half[1] === '1' ? 3 : 9, 1));
  return new Date(Date.UTC(year, 6, 1));
}

/** The point a target's line starts from: its baseline, else the earliest figure reported; null without either. */
export function lineStart(figures: readonly TargetFigure[]): TargetFigure | null {
  return figures.find((f) => f.kind === 'baseline') ?? figures[0] ?? null;
}

/**
 * A target's progress as reported by the texts, as an SVG string made at build time: a straight dashed line from
 * the baseline (or the first figure) to the target at the end of its deadline year, and a dot per figure, so that a
 * reader sees at a glance whether the values reported lie above or below the line. Null when there is nothing to
 * draw (no figures, or a goal without a value). The page's table of the same figures is the accessible alternative.
 */
export function progressChart(target: Pick<Target, 'metric' | 'value' | 'max' | 'unit' | 'deadline'>, figures: readonly TargetFigure[]): string | null {
  const start = lineStart(figures);
  if (target.value === null || !start) return null;
  const goal = target.max ?? target.value;
  const inner = { width: PROGRESS_WIDTH - MARGIN.left - MARGIN.right, height: PROGRESS_HEIGHT - MARGIN.top - MARGIN.bottom };
  const end = new Date(Date.UTC(target.deadline, 11, 31));
  const first = new Date(Math.min(dateMiddle(start.date).getTime(), ...figures.map((f) => dateMiddle(f.date).getTime())));
  const x = scaleUtc().domain([new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), end]).range([0, inner.width]);
  const [low, high] = nice(Math.min(0, ...figures.map((f) => f.value)), Math.max(goal, ...figures.map((f) => f.value)) * 1.05, 4);
  const y = scaleLinear().domain([low, high]).range([inner.height, 0]);
  const unit = target.unit?.startsWith('%') ? '%' : '';
  const label = (v: number) => `${v.toLocaleString('en')}${unit}`;
  const grid = niceTicks(low, high, 4).map((t) => `<line class="progress-grid" x1="0" x2="${inner.width}" y1="${r(y(t))}" y2="${r(y(t))}"/>`
    + `<text class="tick-label progress-value" x="-6" y="${r(y(t) + 4)}">${e(label(t))}</text>`).join('');
  const years = x.ticks(Math.min(8, target.deadline - first.getUTCFullYear() + 1))
    .map((d) => `<text class="tick-label" x="${r(x(d))}" y="${inner.height + 18}">${d.getUTCFullYear()}</text>`).join('');
  const x0 = x(dateMiddle(start.date));
  const line = `<line class="progress-line" x1="${r(x0)}" y1="${r(y(start.value))}" x2="${r(x(end))}" y2="${r(y(goal))}"/>`;
  const targetMark = `<circle class="progress-target" cx="${r(x(end))}" cy="${r(y(goal))}" r="5">`
    + `<title>${e(`Target: ${label(goal)} by ${target.deadline}`)}</title></circle>`;
  const dots = figures.map((f) => `<circle class="progress-dot progress-${f.kind}" cx="${r(x(dateMiddle(f.date)))}" cy="${r(y(f.value))}" r="4">`
    + `<title>${e(`${f.kind === 'baseline' ? 'Baseline' : 'Reported'}: ${label(f.value)} (${f.date})`)}</title></circle>`).join('');
  const description = `A line from ${label(start.value)} in ${start.date.slice(0, 4)} to the target of ${label(goal)} by ${target.deadline}, `
    + `with ${figures.length} figure${figures.length === 1 ? '' : 's'} as reported by the texts.`;
  return `<svg class="progress-svg" viewBox="0 0 ${PROGRESS_WIDTH} ${PROGRESS_HEIGHT}" role="img" aria-labelledby="progress-title progress-desc">`
    + `<title id="progress-title">${e(`${target.metric}: progress as reported by the texts`)}</title><desc id="progress-desc">${e(description)}</desc>`
    + `<g transform="translate(${MARGIN.left},${MARGIN.top})">${grid}`
    + `<line class="axis-line" x1="0" x2="${inner.width}" y1="${r(inner.height)}" y2="${r(inner.height)}"/>`
    + `${years}${line}${targetMark}${dots}</g></svg>`;
}
