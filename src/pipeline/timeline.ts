import type { Entity } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import type { Fact, Target } from '../schemas/target.ts';
import { findEvents } from './events/event-parser.ts';
import { countedInstruments, findInstrumentDates } from './events/instrument-date-parser.ts';
import { mergeEvents } from './events/merge-events.ts';
import { findMilestones } from './events/milestone-parser.ts';
import type { DocumentTimeline, EntityLookup } from './events/types.ts';
import { findTargets } from './targets/find-targets.ts';
import { mergeTargets } from './targets/merge-targets.ts';
import { linkFigures } from './targets/target-figures.ts';
import { uniqueIds } from './unique-ids.ts';

/** What the timeline stage produces: events and milestones, targets, and stated figures. */
export interface Timeline {
  events: Event[];
  targets: Target[];
  facts: Fact[];
}

/**
 * Reads events, milestones, targets and facts from every document (each with its time
 * expressions and resolved mentions), then merges events and targets across documents, and links each target
 * to the figures stated for its metric.
 */
export function buildTimeline(documents: DocumentTimeline[], entities: Entity[]): Timeline {
  const lookup: EntityLookup = new Map(entities.map((e) => [e.id, {
    type: e.type, name: e.name, ...(e.type === 'person' ? { titles: e.roles.map((r) => r.title) } : {}),
  }]));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const candidates = documents.flatMap((doc) => {
    const found = [...findEvents(doc, lookup), ...findInstrumentDates(doc, lookup)];
    const counted = countedInstruments(doc, lookup, found);
    const happened = [...found.filter((c) => !counted.told.has(c)), ...counted.added];
    // A sentence that reports a past happening does not also set a milestone by a date it merely names.
    const reported = new Set(happened.map((c) => c.source.text));
    return [...happened, ...findMilestones(doc, lookup, reported)];
  });
  const found = documents.map((doc) => findTargets(doc, lookup));
  const facts = found.flatMap((f) => f.facts);
  const unique = uniqueIds();
  for (const fact of facts) fact.id = unique(fact.id);
  const targets = mergeTargets(found.flatMap((f) => f.targets), order);
  linkFigures(targets, facts);
  return { events: mergeEvents(candidates, order), targets, facts };
}
