import { escapeXml as e, r } from './svg.ts';
import type { TargetLayout } from './target-layout.ts';

/** What the targets SVG needs besides the layout. */
export interface TargetSvgOptions {
  href(id: string): string;
  /** Metric of a target, for its label. */
  metric(id: string): string;
  /** Full accessible name of a target ("Digital economy share of GDP: at least 30% of GDP by 2030"). */
  label(id: string): string;
  title: string;
  description: string;
}

/** Characters that fit in a box of a given width at the chart's font size. */
const fits = (width: number) => Math.max(4, Math.floor((width - 12) / 6.4));
const cut = (text: string, n: number) => (text.length <= n ? text : `${text.slice(0, n - 1).trimEnd()}…`);

/**
 * The targets chart as an SVG string: a column per deadline year headed by the year and its count,
 * a linked box per target with its value and metric, conflicting targets marked with "!".
 */
export function targetSvg(layout: TargetLayout, options: TargetSvgOptions): string {
  const out: string[] = [`<svg class="target-chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="target-chart-title target-chart-desc">`];
  out.push(`<title id="target-chart-title">${e(options.title)}</title><desc id="target-chart-desc">${e(options.description)}</desc>`);
  for (const c of layout.columns) {
    out.push(`<g class="column" aria-hidden="true"><text class="column-year" x="${r(c.x + 4)}" y="20">${c.deadline}</text><text class="column-count" x="${r(c.x + 4)}" y="36">${c.count} ${c.count === 1 ? 'target' : 'targets'}</text></g>`);
  }
  for (const b of layout.boxes) {
    const text = cut(`${b.conflict ? '! ' : ''}${b.label} · ${options.metric(b.id)}`, fits(b.width));
    out.push(`<a class="box box-${b.kind}${b.conflict ? ' conflict' : ''}" href="${e(options.href(b.id))}" aria-label="${e(options.label(b.id))}"><title>${e(options.label(b.id))}</title>`
      + `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${layout.boxHeight}" rx="3"/>`
      + `<text x="${r(b.x + 6)}" y="${r(b.y + layout.boxHeight / 2 + 4)}">${e(text)}</text></a>`);
  }
  out.push('</svg>');
  return out.join('');
}
