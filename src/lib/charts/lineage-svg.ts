import type { LineageLayout, LineageMark } from './lineage-layout.ts';
import { escapeXml as e, r } from './svg.ts';

/** What the lineage SVG needs besides the layout: where marks link, their accessible text, and the chart's. */
export interface LineageSvgOptions {
  /** URL of an instrument's page. */
  href(id: string): string;
  /** A mark's accessible name: its name, date, issuer and level, in words. */
  label(mark: LineageMark): string;
  title: string;
  description: string;
}

/**
 * The lineage forest as an SVG string made at build time: the time axis (years or months, with a column for
 * undated instruments), a link from each parent to each instrument under it (dashed for amends, replaces and
 * supersedes, fainter to a second parent, marked when flagged as a conflict), and one link element per instrument, a dot coloured by its
 * issuer level (CSS classes `level-<key>`, custom properties in global.css) with its name. Marks and links
 * carry `data-level` / `data-levels` for the level filter. Text is escaped.
 */
export function lineageSvg(layout: LineageLayout, options: LineageSvgOptions): string {
  const { width, height, ticks, undatedX, marks, links } = layout;
  const out: string[] = [];
  out.push(`<svg class="lineage-svg" viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}"`
    + ' role="group" aria-labelledby="lineage-chart-title lineage-chart-desc">');
  out.push(`<title id="lineage-chart-title">${e(options.title)}</title><desc id="lineage-chart-desc">${e(options.description)}</desc>`);
  out.push('<g class="lineage-axis" aria-hidden="true">');
  for (const t of ticks) {
    out.push(`<line class="lineage-grid" x1="${r(t.x)}" x2="${r(t.x)}" y1="20" y2="${r(height)}"/>`
      + `<text class="tick-label" x="${r(t.x)}" y="14">${e(t.label)}</text>`);
  }
  if (undatedX !== null) {
    out.push(`<line class="lineage-grid undated" x1="${r(undatedX)}" x2="${r(undatedX)}" y1="20" y2="${r(height)}"/>`
      + `<text class="tick-label" x="${r(undatedX)}" y="14">Undated</text>`);
  }
  out.push('</g><g class="lineage-links" aria-hidden="true">');
  for (const l of links) {
    const kind = l.kind === 'implements' || l.kind === 'establishes' ? 'under' : 'succession';
    out.push(`<path class="lineage-link ${kind}${l.also ? ' also' : ''}${l.conflict ? ' conflict' : ''}" d="${l.d}" data-levels="${l.levels.join(' ')}"/>`);
  }
  out.push('</g>');
  for (const m of marks) {
    const label = options.label(m);
    const dx = m.anchor === 'start' ? 9 : -9;
    out.push(`<a class="lineage-mark level-${m.level}${m.conflict ? ' conflict' : ''}" href="${e(options.href(m.id))}"`
      + ` data-level="${m.level}" aria-label="${e(label)}">`
      + `<title>${e(label)}</title>${m.conflict ? `<circle class="conflict-ring" cx="${r(m.x)}" cy="${r(m.y)}" r="8.5"/>` : ''}`
      + `<circle cx="${r(m.x)}" cy="${r(m.y)}" r="5.5"/><text x="${r(m.x + dx)}" y="${r(m.y + 4)}" text-anchor="${m.anchor}">${e(m.name)}</text></a>`);
  }
  out.push('</svg>');
  return out.join('');
}
