import type { Event } from '../schemas/event.ts';

/**
 * The events a chart has room for: all of them when they fit, else the `max` reported by the most
 * sentences (ties: the newer first), back in time order. The list pages keep every event.
 */
export function chartEvents(events: readonly Event[], max: number): Event[] {
  if (events.length <= max) return [...events];
  const rank = new Map(events.map((e, i) => [e, i]));
  const kept = new Set([...events].sort((a, b) => b.sources.length - a.sources.length || rank.get(b)! - rank.get(a)!).slice(0, max));
  return events.filter((e) => kept.has(e));
}
