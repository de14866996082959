import type { Event } from '../../schemas/event.ts';
import { slugify } from '../slug.ts';
import { compareEvents } from './event-order.ts';
import { contentWords, jaccard } from './similarity.ts';
import type { EventCandidate } from './types.ts';

/** Title similarity above which two gatherings on the same day are the same one. */
const SAME_GATHERING = 0.3;
/** Title similarity above which two milestones due at the same time are the same one. */
const SAME_MILESTONE = 0.5;

/** Whether two candidates on the same date report the same event. */
function same(a: EventCandidate, b: EventCandidate): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'instrument') return a.instrument === b.instrument;
  if (a.kind === 'establishment') return a.entities[0] === b.entities[0];
  const similarity = jaccard(contentWords(a.title), contentWords(b.title));
  if (a.kind === 'milestone') return similarity >= SAME_MILESTONE;
  return similarity >= SAME_GATHERING || a.participants.some((p) => b.participants.includes(p));
}

/**
 * The group a bare "conference on January 13" belongs to: the gathering that day sharing a
 * participant with it, else the one most texts report, else none (it stands alone).
 */
function groupForBare(bare: EventCandidate, groups: EventCandidate[][]): EventCandidate[] | undefined {
  const sameKind = groups.filter((g) => g[0]!.kind === bare.kind);
  return sameKind.find((g) => g.some((c) => c.participants.some((p) => bare.participants.includes(p))))
    ?? [...sameKind].sort((a, b) => b.length - a.length)[0];
}

/**
 * Merges the candidates that report the same event — same date and kind, and the same
 * instrument, a shared participant or a similar title — into one event that lists every source;
 * a bare "conference" that day joins the gathering it shares a participant with, or the one most
 * reported. `order` ranks documents for a stable source order.
 */
export function mergeEvents(candidates: EventCandidate[], order: Map<string, number>): Event[] {
  const byDate = new Map<string, EventCandidate[][]>();
  for (const candidate of candidates.filter((c) => c.quality > 0)) {
    const groups = byDate.get(candidate.time.value) ?? [];
    const matching = groups.filter((g) => g.some((c) => same(c, candidate)));
    const merged = [candidate, ...matching.flat()];
    byDate.set(candidate.time.value, [...groups.filter((g) => !matching.includes(g)), merged]);
  }
  for (const bare of candidates.filter((c) => c.quality === 0)) {
    const groups = byDate.get(bare.time.value) ?? [];
    const group = groupForBare(bare, groups);
    if (group) group.push(bare);
    else byDate.set(bare.time.value, [...groups, [bare]]);
  }
  const rank = (c: EventCandidate) => order.get(c.source.document) ?? Number.MAX_SAFE_INTEGER;
  const bySource = (a: EventCandidate, b: EventCandidate) => rank(a) - rank(b) || a.source.paragraph.localeCompare(b.source.paragraph, 'en', { numeric: true });
  const events = [...byDate.values()].flat().map((group) => toEvent(group.sort(bySource)));
  events.sort(compareEvents);
  const taken = new Set<string>();
  for (const event of events) {
    let id = event.id;
    for (let n = 2; taken.has(id); n++) id = `${event.id}-${n}`;
    taken.add(id);
    event.id = id;
  }
  return events;
}

/** One event from its candidates, in source order: the best title, the date as stated where any text states it. */
function toEvent(group: EventCandidate[]): Event {
  const best = [...group].sort((a, b) => b.quality - a.quality || count(group, b.title) - count(group, a.title) || a.title.length - b.title.length)[0]!;
  const stated = group.find((c) => c.time.inferred.length === 0) ?? group[0]!;
  const places = group.flatMap((c) => (c.place ? [c.place] : []));
  const place = [...new Set(places)].sort((a, b) => places.filter((p) => p === b).length - places.filter((p) => p === a).length || b.length - a.length)[0] ?? null;
  const seen = new Set<string>();
  const sources = group.map((c) => c.source).filter((s) => {
    const key = `${s.document}#${s.paragraph}#${s.text}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const { value, precision, from, to, inferred } = stated.time;
  return {
    id: `${slugify(value)}-${slugify(best.title).split('-').slice(0, 6).join('-')}`.replace(/-+$/, ''),
    kind: best.kind, title: best.title, date: value, precision, from, to, inferred, place,
    participants: [...new Set(group.flatMap((c) => c.participants))],
    entities: [...new Set(group.flatMap((c) => c.entities))],
    sources,
  };
}

const count = (group: EventCandidate[], title: string) => group.filter((c) => c.title === title).length;
