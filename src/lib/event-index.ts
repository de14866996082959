import type { Event, EventKind } from '../schemas/event.ts';
import { EVENT_KIND_ORDER } from './event-kinds.ts';

/** What /events/ shows: how many events of each kind, and the newest happenings. */
export interface EventIndex {
  /** Kinds that have events, in display order, with their counts. */
  kinds: { kind: EventKind; count: number }[];
  /** The `latest` newest events that happened (milestones are due, not happened), newest first. */
  latest: Event[];
}

/**
 * The index of events: counts by kind and the newest few. Its size does not grow with the corpus;
 * every event stays reachable from the timeline's paged list.
 */
export function eventIndex(events: readonly Event[], latest: number): EventIndex {
  const counts = new Map<EventKind, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const happened = events.filter((e) => e.kind !== 'milestone');
  // Newest by the first day their date covers (a month counts from its first day); ties by id, so builds agree.
  const newest = [...happened].sort((a, b) => (a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    kinds: EVENT_KIND_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! })),
    latest: newest.slice(0, latest),
  };
}
