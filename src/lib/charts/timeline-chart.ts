import type { Target } from '../../schemas/target.ts';
import { formatTimeValue } from '../dates.ts';
import { plural } from '../plural.ts';
import { layoutTimeline, type TimelineItem } from './timeline-layout.ts';
import { timelineSvg } from './timeline-svg.ts';

/** An item of the timeline chart, with the ids of the entities it names (for filtering). */
export type ChartItem = TimelineItem & { entities: string[] };

/** Id prefix of the items that stand for the targets due by a deadline year. */
const DUE = 'targets-';

/** One item per deadline year: "3 targets due by 2030", spanning that year. */
export function deadlineItems(targets: Pick<Target, 'deadline'>[]): ChartItem[] {
  const counts = new Map<number, number>();
  for (const t of targets) counts.set(t.deadline, (counts.get(t.deadline) ?? 0) + 1);
  return [...counts].map(([year, n]) => ({
    id: `${DUE}${year}`, kind: 'target', title: `${plural(n, 'target')} due by ${year}`, entities: [],
    date: String(year), precision: 'year', from: `${year}-01-01`, to: `${year}-12-31`,
  }));
}

/**
 * The timeline chart as SVG, laid out around a detail window: an event's mark links to its page,
 * a deadline's to its rows of the target ledger. `base` is the site's base path ("/kb/"). The
 * page renders it at build time and the browser again after zooming, from the same items.
 */
export function timelineChart(items: ChartItem[], detail: { from: number; to: number }, base: string, text: { title: string; description: string }): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  return timelineSvg(layoutTimeline(items, detail), {
    href: (id) => (id.startsWith(DUE) ? `${base}targets/#by-${id.slice(DUE.length)}` : `${base}events/${id}/`),
    when: (id) => formatTimeValue(byId.get(id)!.date, byId.get(id)!.precision),
    entities: (id) => byId.get(id)?.entities ?? [],
    ...text,
  });
}
