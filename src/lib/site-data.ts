import { getCollection } from 'astro:content';
import type { DocumentData } from '../schemas/document.ts';
import { compareEvents } from '../pipeline/events/event-order.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import type { Fact, Target } from '../schemas/target.ts';
import { sortByDate } from './sort-documents.ts';

/** The collections, loaded once per build and indexed for the pages that cross-reference them. */
export interface SiteData {
  /** Documents, newest first. */
  documents: DocumentData[];
  documentById: Map<string, DocumentData>;
  /** Entities, sorted by id. */
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** For each document id, the entities it mentions, with how many times. */
  entitiesByDocument: Map<string, { entity: Entity; count: number }[]>;
  /** Events and milestones, oldest first. */
  events: Event[];
  eventById: Map<string, Event>;
  /** For each entity id, the events that name it. */
  eventsByEntity: Map<string, Event[]>;
  /** Targets, by deadline. */
  targets: Target[];
  targetById: Map<string, Target>;
  facts: Fact[];
}

let loading: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const documents = sortByDate(await getCollection('documents')).map((e) => e.data);
  const entities = (await getCollection('entities')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
  const entitiesByDocument = new Map<string, { entity: Entity; count: number }[]>();
  for (const entity of entities) {
    for (const [id, count] of countByDocument(entity)) {
      const list = entitiesByDocument.get(id);
      if (list) list.push({ entity, count });
      else entitiesByDocument.set(id, [{ entity, count }]);
    }
  }
  const events = (await getCollection('events')).map((e) => e.data).sort(compareEvents);
  const eventsByEntity = new Map<string, Event[]>();
  for (const event of events) {
    for (const id of new Set([...event.participants, ...event.entities])) {
      const list = eventsByEntity.get(id);
      if (list) list.push(event);
      else eventsByEntity.set(id, [event]);
    }
  }
  const targets = (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
  const facts = (await getCollection('facts')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    events, eventById: new Map(events.map((e) => [e.id, e])), eventsByEntity,
    targets, targetById: new Map(targets.map((t) => [t.id, t])), facts,
    documents,
    documentById: new Map(documents.map((d) => [d.id, d])),
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    entitiesByDocument,
  };
}

/** Every document and entity, indexed; computed on first use and shared by every page of the build. */
export const siteData = (): Promise<SiteData> => (loading ??= load());

/** How many times an entity is mentioned in each document that names it. */
export function countByDocument(entity: Pick<Entity, 'mentions'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) counts.set(m.document, (counts.get(m.document) ?? 0) + 1);
  return counts;
}
