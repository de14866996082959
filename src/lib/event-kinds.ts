import type { EventKind } from '../schemas/event.ts';

/** How the site names each kind of event: one, many (a timeline lane), and what it means. */
export const EVENT_KINDS: Readonly<Record<EventKind, { singular: string; plural: string }>> = {
  meeting: { singular: 'Meeting', plural: 'Meetings and conferences' },
  instrument: { singular: 'Instrument issued', plural: 'Instruments issued' },
  establishment: { singular: 'Body formed', plural: 'Bodies formed' },
  milestone: { singular: 'Milestone', plural: 'Milestones due' },
  other: { singular: 'Event', plural: 'Other events' },
};

/** Kinds in display order. */
export const EVENT_KIND_ORDER = Object.keys(EVENT_KINDS) as EventKind[];
