import { escapeXml as e, r } from './svg.ts';
import type { TimelineLayout } from './timeline-layout.ts';

/** What the timeline SVG needs besides the layout: where marks link, and their accessible text. */
export interface TimelineSvgOptions {
  /** URL of an event's page. */
  href(id: string): string;
  /** Date of an event as readers see it ("13 January 2025", "Q2 2025"), by event id. */
  when(id: string): string;
  /** Entity ids of each event, for filtering. */
  entities(id: string): string[];
  title: string;
  description: string;
}

/**
 * The timeline chart as an SVG string: lanes with their labels, the broken axis with its eras and
 * breaks, and one link per event (a dot or a bar) with its title and date as accessible name.
 * Text is escaped; the same function renders on the server and, after zooming, in the browser.
 */
export function timelineSvg(layout: TimelineLayout, options: TimelineSvgOptions): string {
  const { width, height, left, axis, axisY, lanes, marks } = layout;
  const right = width - left;
  const out: string[] = [];
  out.push(`<svg class="timeline-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`
    + ' role="group" aria-labelledby="timeline-chart-title timeline-chart-desc">');
  out.push(`<title id="timeline-chart-title">${e(options.title)}</title><desc id="timeline-chart-desc">${e(options.description)}</desc>`);
  for (const lane of lanes) {
    out.push(`<g class="lane lane-${lane.kind}"><rect class="lane-bg" x="0" y="${r(lane.y)}" width="${width}" height="${r(lane.height)}"/>`
      + `<text class="lane-label" x="${left}" y="${r(lane.y + 14)}">${e(lane.label)}</text></g>`);
  }
  out.push(`<g class="axis" aria-hidden="true"><line class="axis-line" x1="${left}" x2="${right}" y1="${r(axisY)}" y2="${r(axisY)}"/>`);
  for (const tick of axis.ticks) {
    out.push(`<line class="tick${tick.major ? ' major' : ''}" x1="${r(left + tick.x)}" x2="${r(left + tick.x)}"`
      + ` y1="${r(axisY)}" y2="${r(axisY + (tick.major ? 6 : 3))}"/>`);
    if (tick.label) out.push(`<text class="tick-label${tick.major ? ' major' : ''}" x="${r(left + tick.x)}" y="${r(axisY + 18)}">${e(tick.label)}</text>`);
  }
  for (const segment of axis.segments) {
    out.push(`<text class="era-label" x="${r(left + (segment.x0 + segment.x1) / 2)}" y="${r(axisY + 32)}">${e(segment.label)}</text>`);
  }
  for (const x of axis.breaks) out.push(`<path class="axis-break" d="M${r(left + x - 4)} ${r(axisY + 5)} l4 -10 l4 10"/>`
    + `<line class="era-rule" x1="${r(left + x)}" x2="${r(left + x)}" y1="0" y2="${r(axisY)}"/>`);
  out.push('</g>');
  for (const m of marks) {
    const label = `${m.title}, ${options.when(m.id)}`;
    const shape = m.shape === 'dot'
      ? `<circle cx="${r(m.x)}" cy="${r(m.y)}" r="5"/>`
      : m.shape === 'bar'
        ? `<rect x="${r(m.x0)}" y="${r(m.y - 4)}" width="${r(Math.max(4, m.x1 - m.x0))}" height="8" rx="2"/>`
        : `${m.x1 - m.x0 > 8 ? `<line class="span" x1="${r(m.x0)}" x2="${r(m.x1)}" y1="${r(m.y)}" y2="${r(m.y)}"/>` : ''}`
          + `<path d="M${r(m.x)} ${r(m.y - 6)} l6 6 l-6 6 l-6 -6 z"/>`;
    out.push(`<a class="mark mark-${m.kind}" href="${e(options.href(m.id))}" data-id="${e(m.id)}" data-kind="${m.kind}"`
      + ` data-entities="${e(options.entities(m.id).join(' '))}" aria-label="${e(label)}"><title>${e(label)}</title>${shape}</a>`);
  }
  out.push('</svg>');
  return out.join('');
}
