import { describe, expect, it } from 'vitest';
import { eventIndex } from '../../../src/lib/event-index.ts';
import type { Event, EventKind } from '../../../src/schemas/event.ts';

const event = (id: string, kind: EventKind, from: string): Event => ({
  id, kind, title: id, date: from, precision: 'day', from, to: from, inferred: [], place: null, participants: [], entities: [], sources: [],
});

describe('the index of events', () => {
  const events = [
    event('a', 'meeting', '2024-12-22'), event('b', 'remarks', '2025-01-13'), event('c', 'meeting', '2025-01-13'),
    event('m', 'milestone', '2030-12-31'), event('d', 'signed', '2023-05-01'),
  ];

  it('counts the events of each kind that has any, in the timeline lanes order', () => {
    expect(eventIndex(events, 10).kinds).toEqual([
      { kind: 'meeting', count: 2 }, { kind: 'remarks', count: 1 }, { kind: 'signed', count: 1 }, { kind: 'milestone', count: 1 },
    ]);
  });

  it('lists the newest happenings first, ties by id, without milestones, at most as many as asked', () => {
    expect(eventIndex(events, 3).latest.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(eventIndex(events, 10).latest.map((e) => e.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('is empty for no events', () => {
    expect(eventIndex([], 5)).toEqual({ kinds: [], latest: [] });
  });
});
