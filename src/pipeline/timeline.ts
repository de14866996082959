import type { Entity } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import type { Fact, Target } from '../schemas/target.ts';
import { findEvents } from './events/event-parser.ts';
import { countedInstruments, findInstrumentDates } from './events/instrument-date-parser.ts';
import { mergeEvents } from './events/merge-events.ts';
import { findMilestones } from './events/milestone-parser.ts';
import type { DocumentTimeline, EntityLookup, EventCandidate } from './events/types.ts';
import { findTargets, type TargetCandidate } from './targets/find-targets.ts';
import { mergeTargets } from './targets/merge-targets.ts';
import { linkFigures } from './targets/target-figures.ts';
import { uniqueIds } from './unique-ids.ts';

/** What the timeline stage produces: events and milestones, targets, and stated figures. */
export interface Timeline {
  events: Event[];
  targets: Target[];
  facts: Fact[];
}

/** What the timeline stage finds in one document, before events and targets are merged across documents. */
export interface DocumentTimelineFindings {
  events: EventCandidate[];
  targets: TargetCandidate[];
  facts: Fact[];
}

/**
 * Events, milestones, targets and facts of one document (with its time expressions and resolved mentions). Depends on
 * the other documents only through what `lookup` gives for the entities the document links.
 */
export function documentTimeline(doc: DocumentTimeline, lookup: EntityLookup): DocumentTimelineFindings {
  const found = [...findEvents(doc, lookup), ...findInstrumentDates(doc, lookup)];
  const counted = countedInstruments(doc, lookup, found);
  const happened = [...found.filter((c) => !counted.told.has(c)), ...counted.added];
  // A sentence that reports a past happening does not also set a milestone by a date it merely names.
  const reported = new Set(happened.map((c) => c.source.text));
  return { events: [...happened, ...findMilestones(doc, lookup, reported)], ...findTargets(doc, lookup) };
}

/** What the build knows of an entity while reading the timeline: its type, its name, and a person's titles. */
export function entityLookup(entities: readonly Entity[]): EntityLookup {
  return new Map(entities.map((e) => [e.id, {
    type: e.type, name: e.name, ...(e.type === 'person' ? { titles: e.roles.map((r) => r.title) } : {}),
  }]));
}

/**
 * Reads every document's timeline (with `read`, documentTimeline by default: the build passes one that keeps each
 * document's findings between builds), then merges events and targets across documents, and links each target to the
 * figures stated for its metric.
 */
export function buildTimeline(
  documents: readonly DocumentTimeline[], entities: readonly Entity[],
  read: (doc: DocumentTimeline, lookup: EntityLookup) => DocumentTimelineFindings = documentTimeline,
): Timeline {
  const lookup = entityLookup(entities);
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const found = documents.map((doc) => read(doc, lookup));
  const facts = found.flatMap((f) => f.facts);
  const unique = uniqueIds();
  for (const fact of facts) fact.id = unique(fact.id);
  const targets = mergeTargets(found.flatMap((f) => f.targets), order);
  linkFigures(targets, facts);
  return { events: mergeEvents(found.flatMap((f) => f.events), order), targets, facts };
}
