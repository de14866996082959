import type { EventKind } from '../../schemas/event.ts';

/** Kinds that are an act on an instrument: issued, signed, passed, adopted, approved, conclusions announced. */
export const ACT_KINDS: ReadonlySet<EventKind> = new Set(['instrument', 'signed', 'passed', 'adopted', 'approved', 'concluded']);

/**
 * The family two candidates must share to be the same event: every act on an instrument is one
 * family (a text citing "Decree 148 dated June 12" and one saying it was "signed on Thursday"
 * report one event); other kinds are their own.
 */
export const familyOf = (kind: EventKind): string => (ACT_KINDS.has(kind) ? 'act' : kind);
