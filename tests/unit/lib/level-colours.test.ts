import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVEL_ORDER } from '../../../src/lib/issuer-levels.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const dark = css.indexOf('@media (prefers-color-scheme: dark)');

/** The last value a custom property gets in the light scheme (outside the dark media blocks) or in the dark one. */
function colour(name: string, scheme: 'light' | 'dark'): string {
  const found = [...css.matchAll(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'gi'))].filter((m) => {
    const block = css.lastIndexOf('@media', m.index);
    const inDark = block >= 0 && css.startsWith('@media (prefers-color-scheme: dark)', block) && css.indexOf('\n}\n', block) > m.index;
    return scheme === 'dark' ? inDark : !inDark;
  });
  if (!found.length) throw new Error(`--${name} has no ${scheme} colour in global.css`);
  return found.at(-1)![1]!;
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the colours of the issuer levels', () => {
  it('are set for the light and the dark scheme', () => {
    expect(dark).toBeGreaterThan(0);
    for (const level of LEVEL_ORDER) expect([colour(`level-${level}`, 'light'), colour(`level-${level}`, 'dark')]).toHaveLength(2);
  });

  it.each(['light', 'dark'] as const)('each reaches AA contrast (4.5:1) on the page background and on the panels in the %s scheme', (scheme) => {
    for (const level of LEVEL_ORDER) {
      for (const background of ['bg', 'surface']) expect(contrast(colour(`level-${level}`, scheme), colour(background, scheme)), `${level} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(['light', 'dark'] as const)('are six different colours in the %s scheme', (scheme) => {
    expect(new Set(LEVEL_ORDER.map((level) => colour(`level-${level}`, scheme).toLowerCase())).size).toBe(LEVEL_ORDER.length);
  });
});
