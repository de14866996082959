import { describe, expect, it } from 'vitest';
import { lineageLayout } from '../../../src/lib/charts/lineage-layout.ts';
import { lineageSvg } from '../../../src/lib/charts/lineage-svg.ts';
import { LEVEL_ORDER } from '../../../src/lib/issuer-levels.ts';
import { lineageForest } from '../../../src/lib/lineage/forest.ts';
import { LINEAGE_CHART_MAX } from '../../../src/lib/page-sizes.ts';
import { lineageNodes } from '../../helpers/lineage-nodes.ts';

const r = (n: number) => String(Math.round(n * 10) / 10);

const CHAIN = lineageNodes([
  { id: 'nq57', date: '2024-12-22', level: 'party' },
  { id: 'kh58', date: '2025-03-03', level: 'province-or-city', under: ['nq57', 'nq52', 'nq03'], conflict: ['nq52'] },
  { id: 'nq03', date: '2025-01-09', level: 'government', under: ['nq57'] },
  { id: 'nq52', date: null, level: 'party' },
  { id: 'kh240', date: '2025-10', level: null, amends: ['kh58'] },
]);
const draw = (nodes = CHAIN, max = Infinity) => {
  const layout = lineageLayout(lineageForest(nodes, max).groups);
  return { layout, svg: lineageSvg(layout, { href: (id) => `/entities/${id}/`, label: (m) => `${m.name}, ${m.level}`, title: 'T', description: 'D' }) };
};

describe('the lineage chart', () => {
  it('puts each instrument at its date of issue, so that x follows the date, with undated ones in a column after the axis', () => {
    const { layout } = draw();
    const x = new Map(layout.marks.map((m) => [m.id, m.x]));
    const dated = ['nq57', 'nq03', 'kh58', 'kh240'].map((id) => x.get(id)!);
    expect(dated).toEqual(dated.toSorted((a, b) => a - b));
    expect(x.get('nq52')).toBe(layout.undatedX);
    expect(layout.undatedX).toBeGreaterThan(Math.max(...dated));
    expect(Math.max(...layout.ticks.map((t) => t.x))).toBeLessThan(layout.undatedX!);
  });

  it('gives each instrument a row below the one it hangs from, branches by date, and tops by date with undated last', () => {
    const { layout } = draw();
    expect(layout.marks.map((m) => m.id)).toEqual(['nq57', 'nq03', 'kh58', 'kh240', 'nq52']);
    const y = layout.marks.map((m) => m.y);
    expect(y).toEqual(y.toSorted((a, b) => a - b));
    expect(new Set(y).size).toBe(y.length);
    expect(layout.height).toBeGreaterThan(Math.max(...y));
  });

  it('links every parent to what hangs from it, its other parents too, and marks a conflict', () => {
    const { layout } = draw();
    expect(layout.links.map((l) => `${l.from}>${l.to}:${l.kind}${l.conflict ? '!' : ''}`).sort()).toEqual([
      'kh58>kh240:amends', 'nq03>kh58:implements', 'nq52>kh58:implements!', 'nq57>kh58:implements', 'nq57>nq03:implements',
    ]);
    expect(layout.marks.find((m) => m.id === 'kh58')!.conflict).toBe(true);
    expect(layout.links.find((l) => l.from === 'nq57' && l.to === 'nq03')!.levels).toEqual(['party', 'government']);
    expect(layout.links.filter((l) => l.also).map((l) => l.from).sort()).toEqual(['nq52', 'nq57']);
    // An elbow: down from the parent to the child's row, then along it.
    const elbow = layout.links.find((l) => l.from === 'nq57' && l.to === 'nq03')!;
    const [parent, child] = ['nq57', 'nq03'].map((id) => layout.marks.find((m) => m.id === id)!);
    expect(elbow.d).toBe(`M${r(parent!.x)},${r(parent!.y)}L${r(parent!.x)},${r(child!.y)}L${r(child!.x)},${r(child!.y)}`);
  });

  it('colours each instrument by its issuer level, with a class and data attribute per level (unknown when none)', () => {
    const { svg } = draw();
    expect([...svg.matchAll(/<a class="lineage-mark level-([a-z-]+)[^"]*"[^>]* data-level="([a-z-]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['party', 'party'], ['government', 'government'], ['province-or-city', 'province-or-city'], ['unknown', 'unknown'], ['party', 'party'],
    ]);
    expect(svg).toContain('data-levels="province-or-city unknown"');
    for (const m of svg.matchAll(/data-level="([a-z-]+)"/g)) expect(LEVEL_ORDER).toContain(m[1]);
  });

  it('makes every instrument a link named by its name first, and escapes names', () => {
    const [first, ...rest] = lineageNodes([{ id: 'a<b>', date: '2025-01-01' }, { id: 'c&d', date: '2025-02-01', under: ['a<b>'] }]);
    const { svg } = draw([first!, ...rest]);
    expect(svg).not.toMatch(/<b>|c&d/i);
    expect([...svg.matchAll(/<a [^>]*href="([^"]*)"[^>]*aria-label="([^"]*)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['/entities/a&lt;b&gt;/', 'A&lt;B&gt;, unknown'], ['/entities/c&amp;d/', 'C&amp;D, unknown'],
    ]);
  });

  it('stays small for a corpus of thousands of instruments: it draws at most the maximum', () => {
    const nodes = lineageNodes([
      { id: 'nq57', date: '2024-12-22', level: 'party' },
      ...Array.from({ length: 3000 }, (_, i) => ({ id: `plan-${i}`, date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`, level: 'province-or-city' as const, under: ['nq57'] })),
    ]);
    const { layout, svg } = draw(nodes, LINEAGE_CHART_MAX);
    expect(layout.marks).toHaveLength(LINEAGE_CHART_MAX);
    expect(svg.length).toBeLessThan(100_000);
  });
});
