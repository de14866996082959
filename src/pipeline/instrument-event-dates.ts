import type { Entity } from '../schemas/entity.ts';
import { INSTRUMENT_TYPES } from '../schemas/entity.ts';
import type { Event, EventKind } from '../schemas/event.ts';
import { fold } from './extract/fold.ts';

/** Kinds of event that make an instrument: its issue, signing, passing, adoption, approval, announced conclusions. */
const MAKING: ReadonlySet<EventKind> = new Set(['instrument', 'signed', 'passed', 'adopted', 'approved', 'concluded']);
/** Kinds of a body's act that may make several instruments at once, named one after another. */
const JOINED_ACTS: ReadonlySet<EventKind> = new Set(['signed', 'passed', 'adopted', 'approved']);
const isInstrument = (type: string) => (INSTRUMENT_TYPES as readonly string[]).includes(type);

/**
 * Dates the instruments no sentence dates directly from the day (else the month) the timeline gives the act that
 * made them ("Earlier the same morning, deputies adopted Resolution 210/2025/QH15" after "On the
 * morning of June 19"): an event of a making kind, to the day, whose title names the instrument.
 * Keeps an instrument's date and its issue event in agreement. Mutates and returns the entities.
 */
export function dateInstrumentsFromEvents(entities: Entity[], events: Event[]): Entity[] {
  const making = events.filter((e) => MAKING.has(e.kind) && (e.precision === 'day' || e.precision === 'month'));
  for (const entity of entities) {
    if (!isInstrument(entity.type) || !('date' in entity) || entity.date) continue;
    const names = [entity.name, ...entity.aliases].map(fold);
    // (Or joined by "and" to the one its title names: "the council passed Resolution No. 42/2029/NQ-HĐND approving …, and Resolution
    // No. 43/2029/NQ-HĐND on …" made both.)
    const acts = making.filter((e) => e.entities.includes(entity.id) && (names.some((n) => fold(e.title).includes(n))
      || (JOINED_ACTS.has(e.kind) && e.sources.some((source) => names.some((n) => fold(source.text).includes(` and ${n}`))))));
    // The day of the act, else its month ("Decree 31/2026/NĐ-CP, issued in March last year" is dated "2026-03").
    const act = acts.find((e) => e.precision === 'day') ?? acts[0];
    if (act) entity.date = act.date;
  }
  return entities;
}
