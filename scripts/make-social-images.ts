/**
 * Draws the social images (one per kind of page, `public/social/<kind>.png`, 1200×630) and the PNG icons
 * of the web manifest (`public/icon-192.png`, `icon-512.png`, from `public/favicon.svg`). Run once by
 * hand when the design changes; the PNGs are committed, so the build draws nothing and needs no fonts.
 * The images name the kind of page, not the site, so that they fit any site.config.json.
 * Usage: node scripts/make-social-images.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { SOCIAL_KINDS, SOCIAL_LABELS, SOCIAL_SIZE, type SocialKind } from '../src/lib/seo/social.ts';

/** The favicon's document mark, scaled, beside the kind's label. */
function socialSvg(kind: SocialKind): string {
  const { width, height } = SOCIAL_SIZE;
  const size = kind === 'site' ? 56 : 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#fdfdfb"/>
  <rect y="${height - 24}" width="${width}" height="24" fill="#0b5cad"/>
  <g transform="translate(96 175) scale(9)">
    <rect width="32" height="32" rx="6" fill="#0b5cad"/><path d="M9 7h11l5 5v13H9z" fill="#fff"/>
    <path d="M12 15h10M12 19h10M12 23h6" stroke="#0b5cad" stroke-width="2"/>
  </g>
  <text x="440" y="${height / 2 + size / 3}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size}"
    fill="#1c1d1f">${SOCIAL_LABELS[kind]}</text>
</svg>`;
}

/** Renders an SVG to PNG at a width, with the fonts of this machine (DejaVu Sans on Debian). */
const png = (svg: string, width: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();

for (const kind of SOCIAL_KINDS) await writeFile(`public/social/${kind}.png`, png(socialSvg(kind), SOCIAL_SIZE.width));
const favicon = await readFile('public/favicon.svg', 'utf8');
for (const width of [192, 512]) await writeFile(`public/icon-${width}.png`, png(favicon, width));
console.log(`Wrote ${SOCIAL_KINDS.length} social images into public/social/ and the icons public/icon-192.png, icon-512.png.`);
