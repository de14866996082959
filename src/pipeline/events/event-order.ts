import type { Event } from '../../schemas/event.ts';

/** The timeline's order: by first day, then last day (a day before the quarter or year it falls in), then id. */
export function compareEvents(a: Pick<Event, 'from' | 'to' | 'id'>, b: Pick<Event, 'from' | 'to' | 'id'>): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
