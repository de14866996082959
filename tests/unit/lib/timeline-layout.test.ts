import { describe, expect, it } from 'vitest';
import { detailWindow, layoutTimeline, type TimelineItem } from '../../../src/lib/charts/timeline-layout.ts';
import { brokenAxis } from '../../../src/lib/charts/time-axis.ts';

const item = (id: string, kind: TimelineItem['kind'], from: string, to = from, precision: TimelineItem['precision'] = 'day'): TimelineItem => ({ id, kind, title: id, date: from, precision, from, to });

describe('brokenAxis', () => {
  const axis = brokenAxis('1963-05-18', '2045-12-31', 2024, 2026, 700);

  it('gives the detailed window most of the width, with eras before and after it', () => {
    expect(axis.segments.map((s) => s.label)).toEqual(['1960–2023', '2024–2026', '2027–2045']);
    const widths = axis.segments.map((s) => s.x1 - s.x0);
    expect(widths[1]).toBeGreaterThan(widths[0]! + widths[2]!);
    expect(axis.breaks).toEqual([axis.segments[1]!.x0, axis.segments[2]!.x0]);
  });

  it('keeps time in order across the breaks and within the plot', () => {
    const xs = ['1963-05-18', '2023-11-24', '2024-12-22', '2025-01-13', '2025-06-30', '2030-12-31', '2045-12-31'].map(axis.x);
    expect(xs).toEqual(xs.toSorted((a, b) => a - b));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(700);
  });

  it('labels the years of the detailed window, and no two labels closer than they can be read', () => {
    const labelled = axis.ticks.filter((t) => t.label);
    expect(labelled.map((t) => t.label)).toEqual(expect.arrayContaining(['2024', '2025', '2026']));
    const xs = labelled.map((t) => t.x).sort((a, b) => a - b);
    expect(xs.slice(1).every((x, i) => x - xs[i]! >= 32)).toBe(true);
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline([
    item('a', 'meeting', '2025-01-13'), item('b', 'meeting', '2025-01-14'), item('c', 'meeting', '1963-05-18'),
    item('m', 'milestone', '2025-04-01', '2025-06-30', 'quarter'), item('t', 'target', '2030-01-01', '2030-12-31', 'year'),
  ], detailWindow(['2025-01-20', '2024-12-30', null])!);

  it('puts each kind in its own lane, in a fixed order, and targets last', () => {
    expect(layout.lanes.map((l) => l.kind)).toEqual(['meeting', 'milestone', 'target']);
  });

  it('moves marks that would overlap to a new row of their lane', () => {
    const [a, b] = ['a', 'b'].map((id) => layout.marks.find((m) => m.id === id)!);
    expect(a!.y).not.toBe(b!.y);
  });

  it('draws a milestone as a diamond on its due day, with the span it names', () => {
    const m = layout.marks.find((x) => x.id === 'm')!;
    expect(m).toMatchObject({ shape: 'diamond', x: m.x1 });
    expect(m.x0).toBeLessThan(m.x1);
  });

  it('centres the detailed window on the newest dated text', () => {
    expect(detailWindow(['2025-01-20', '2024-12-30', null])).toEqual({ from: 2024, to: 2026 });
    expect(detailWindow([null])).toBeNull();
  });
});
