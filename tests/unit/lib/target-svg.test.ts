import { describe, expect, it } from 'vitest';
import { targetSvg } from '../../../src/lib/charts/target-svg.ts';
import type { TargetLayout } from '../../../src/lib/charts/target-layout.ts';

const METRIC = 'administrative procedures not limited by provincial administrative boundaries';
const layout = (width: number, conflict = false): TargetLayout => ({
  width: 720, height: 100, boxHeight: 22, columns: [{ deadline: 2025, x: 0, width, count: 1 }],
  boxes: [{ id: 't', x: 0, y: 44, width, label: '100%', kind: 'share', conflict }],
});
const draw = (l: TargetLayout) => targetSvg(l, { href: () => '/t/', metric: () => METRIC, context: () => 'by 2025', title: 'T', description: 'D' });
const drawn = (svg: string) => /<text x="6"[^>]*>([^<]*)<\/text>/.exec(svg)![1]!;
const named = (svg: string) => /<a [^>]*aria-label="([^"]*)"/.exec(svg)![1]!;

describe('a target box of the chart', () => {
  it('is named by the words it draws, then its deadline, so the name contains the label (WCAG 2.5.3)', () => {
    const svg = draw(layout(720));
    expect(drawn(svg)).toBe(`100% · ${METRIC}`);
    expect(named(svg)).toBe(`100% · ${METRIC} by 2025`);
  });

  it('when narrow, cuts its text at a word break, so each word drawn is a word of its name', () => {
    const svg = draw(layout(226.8, true));
    expect(drawn(svg)).toBe('! 100% · administrative…');
    const words = drawn(svg).replace(/^! |…$/g, '');
    expect(named(svg).startsWith(words)).toBe(true);
  });
});
