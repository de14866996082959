import type { EventKind } from '../schemas/event.ts';

/** How the site names each kind of event: one, many (a timeline lane), and what it means. */
export const EVENT_KINDS: Readonly<Record<EventKind, { singular: string; plural: string }>> = {
  meeting: { singular: 'Meeting', plural: 'Meetings and conferences' },
  remarks: { singular: 'Remarks', plural: 'Remarks and speeches' },
  instrument: { singular: 'Instrument issued', plural: 'Instruments issued' },
  signed: { singular: 'Instrument signed', plural: 'Instruments signed' },
  passed: { singular: 'Passed', plural: 'Laws and resolutions passed' },
  adopted: { singular: 'Adopted', plural: 'Instruments adopted' },
  approved: { singular: 'Approved', plural: 'Instruments approved' },
  concluded: { singular: 'Conclusions announced', plural: 'Conclusions announced' },
  establishment: { singular: 'Body formed or merged', plural: 'Bodies formed or merged' },
  milestone: { singular: 'Milestone', plural: 'Milestones due' },
  other: { singular: 'Event', plural: 'Other events' },
};

/** Kinds in display order. */
export const EVENT_KIND_ORDER = Object.keys(EVENT_KINDS) as EventKind[];
