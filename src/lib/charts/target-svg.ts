import { escapeXml as e, r } from './svg.ts';
import type { TargetLayout } from './target-layout.ts';

/** What the targets SVG needs besides the layout. */
export interface TargetSvgOptions {
  href(id: string): string;
  /** Metric of a target, for its label. */
  metric(id: string): string;
  /**
   * What a box's name says after the value and metric it draws ("by 2030 (Hanoi), conflicting with
   * another text"): the name starts with the drawn words, so a reader who sees them can say them (WCAG 2.5.3).
   */
  context(id: string): string;
  title: string;
  description: string;
}

/** Characters that fit in a box of a given width at the chart's font size. */
const fits = (width: number) => Math.max(4, Math.floor((width - 12) / 6.4));
/** Shortens text to n characters at a word break, so every word drawn is a whole word of the box's name. */
const cut = (text: string, n: number) => {
  if (text.length <= n) return text;
  const head = text.slice(0, n - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).trimEnd()}…`;
};

/**
 * The targets chart as an SVG string: a column per deadline year headed by the year and its count,
 * a linked box per target with its value and metric, conflicting targets marked with "!".
 */
export function targetSvg(layout: TargetLayout, options: TargetSvgOptions): string {
  const out: string[] = [`<svg class="target-chart" viewBox="0 0 ${layout.width} ${layout.height}"`
    + ` width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="target-chart-title target-chart-desc">`];
  out.push(`<title id="target-chart-title">${e(options.title)}</title><desc id="target-chart-desc">${e(options.description)}</desc>`);
  for (const c of layout.columns) {
    out.push(`<g class="column" aria-hidden="true"><text class="column-year" x="${r(c.x + 4)}" y="20">${c.deadline}</text>`
      + `<text class="column-count" x="${r(c.x + 4)}" y="36">${c.count} ${c.count === 1 ? 'target' : 'targets'}</text></g>`);
  }
  for (const b of layout.boxes) {
    const drawn = `${b.label} · ${options.metric(b.id)}`;
    const text = cut(`${b.conflict ? '! ' : ''}${drawn}`, fits(b.width));
    const name = `${drawn} ${options.context(b.id)}`;
    out.push(`<a class="box box-${b.kind}${b.conflict ? ' conflict' : ''}" href="${e(options.href(b.id))}" aria-label="${e(name)}"><title>${e(name)}</title>`
      + `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${layout.boxHeight}" rx="3"/>`
      + `<text x="${r(b.x + 6)}" y="${r(b.y + layout.boxHeight / 2 + 4)}">${e(text)}</text></a>`);
  }
  out.push('</svg>');
  return out.join('');
}
