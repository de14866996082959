import { describe, expect, it } from 'vitest';
import { monthLabel, trendChart } from '../../../src/lib/charts/trend-svg.ts';

const bars = (svg: string) => [...svg.matchAll(/<rect class="trend-bar"[^>]* height="([\d.]+)"><title>([^<]*)<\/title>/g)].map((m) => ({ height: Number(m[1]), title: m[2] }));

describe('trendChart', () => {
  const series = [
    { month: '2024-12', texts: 1, corpus: 1 },
    { month: '2025-01', texts: 0, corpus: 2 },
    { month: '2025-02', texts: 4, corpus: 4 },
  ];

  it('draws one bar per month, zero months flat, heights in proportion to the counts', () => {
    const drawn = bars(trendChart(series, { title: 't', description: 'd' }));
    expect(drawn.map((b) => b.title)).toEqual(['Dec 2024: 1 of 1', 'Jan 2025: 0 of 2', 'Feb 2025: 4 of 4']);
    expect(drawn[1]!.height).toBe(0);
    expect(drawn[2]!.height / drawn[0]!.height).toBeCloseTo(4, 1);
  });

  it('names itself for assistive technology and escapes the query', () => {
    const svg = trendChart(series, { title: 'Texts containing <b>', description: 'd' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="trend-title">Texts containing &lt;b&gt;</title>');
  });

  it('labels months by name when there are few, and by year when there are many', () => {
    expect(trendChart(series, { title: 't', description: 'd' })).toContain('>Feb</text>');
    const long = Array.from({ length: 30 }, (_, i) => ({ month: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, texts: i, corpus: i }));
    const svg = trendChart(long, { title: 't', description: 'd' });
    expect(svg).not.toContain('>Feb</text>');
    expect([...svg.matchAll(/>(20\d\d)<\/text>/g)].map((m) => m[1])).toEqual(['2023', '2024', '2025']);
  });

  it('formats a month for labels', () => {
    expect(monthLabel('2025-01')).toBe('Jan 2025');
  });
});
