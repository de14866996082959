import { nice, ticks as niceTicks } from 'd3-array';
import type { TrendMonth } from '../trend/trend-series.ts';
import { escapeXml as e, r } from './svg.ts';

/** The chart's drawing box; the SVG scales to its container, and the page reserves this aspect ratio. */
export const TREND_WIDTH = 720;
export const TREND_HEIGHT = 240;
const MARGIN = { top: 12, right: 8, bottom: 36, left: 36 };

/** Month names for axis labels, in English like the rest of the site. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2025-01` → `Jan 2025`. */
export const monthLabel = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

/**
 * Texts containing a query per month as an SVG bar chart (a string, like the build-time charts): one
 * bar per month, zero months drawn as a gap on the baseline, a few count ticks, month names when
 * there are at most 18 months and years otherwise. The title and description name the query; the
 * numbers themselves are in the page's table, which is the accessible alternative.
 */
export function trendChart(series: readonly TrendMonth[], text: { title: string; description: string }): string {
  const inner = { width: TREND_WIDTH - MARGIN.left - MARGIN.right, height: TREND_HEIGHT - MARGIN.top - MARGIN.bottom };
  // Two linear maps by hand, with d3-array's nice ticks: d3-scale would bring its interpolators and
  // number formats to the browser (about 14 KB gzipped) for what is a few lines here.
  const step = inner.width / Math.max(1, series.length);
  const band = step * 0.8;
  const xOf = (i: number) => i * step + (step - band) / 2;
  const [, top] = nice(0, Math.max(1, ...series.map((s) => s.texts)), 4);
  const y = (n: number) => inner.height - (n / top) * inner.height;
  const ticks = niceTicks(0, top, Math.min(4, top)).filter(Number.isInteger);
  const grid = ticks.map((t) => `<line class="trend-grid" x1="0" x2="${inner.width}" y1="${r(y(t))}" y2="${r(y(t))}"/>`
    + `<text class="tick-label trend-count" x="-6" y="${r(y(t) + 4)}">${t}</text>`).join('');
  const bars = series.map((s, i) => {
    const height = y(0) - y(s.texts);
    return `<rect class="trend-bar" x="${r(xOf(i))}" y="${r(y(s.texts))}" width="${r(band)}" height="${r(height)}">`
      + `<title>${e(`${monthLabel(s.month)}: ${s.texts} of ${s.corpus}`)}</title></rect>`;
  }).join('');
  const byMonth = series.length <= 18;
  const labels = series.flatMap((s, i) => {
    const january = s.month.endsWith('-01');
    if (!byMonth && !january && i !== 0) return [];
    const cx = r(xOf(i) + band / 2);
    const name = byMonth ? MONTHS[Number(s.month.slice(5, 7)) - 1]! : s.month.slice(0, 4);
    const year = byMonth && (january || i === 0) ? `<text class="tick-label major" x="${cx}" y="${inner.height + 30}">${s.month.slice(0, 4)}</text>` : '';
    return [`<text class="tick-label${byMonth ? '' : ' major'}" x="${cx}" y="${inner.height + 16}">${name}</text>${year}`];
  }).join('');
  return `<svg class="trend-svg" viewBox="0 0 ${TREND_WIDTH} ${TREND_HEIGHT}" role="img" aria-labelledby="trend-title trend-desc">`
    + `<title id="trend-title">${e(text.title)}</title><desc id="trend-desc">${e(text.description)}</desc>`
    + `<g transform="translate(${MARGIN.left},${MARGIN.top})">${grid}${bars}`
    + `<line class="axis-line" x1="0" x2="${inner.width}" y1="${r(y(0))}" y2="${r(y(0))}"/>${labels}</g></svg>`;
}
