import { getCollection } from 'astro:content';
import type { DocumentData } from '../schemas/document.ts';
import { compareEvents } from '../pipeline/events/event-order.ts';
import type { EntitySummary } from '../schemas/entity-summary.ts';
import type { Event } from '../schemas/event.ts';
import type { Fact, Target } from '../schemas/target.ts';
import { compareByDate } from './sort-documents.ts';
import { metricGroupKey, scopeGroupKey } from './target-groups.ts';

/**
 * The collections, loaded once per build and indexed for the pages that cross-reference them.
 * Every entry is small: bodies and entity lists stay in per-page files (see page-data.ts).
 */
export interface SiteData {
  /** Documents, newest first. */
  documents: DocumentData[];
  documentById: Map<string, DocumentData>;
  /** Each document's place in `documents`, to order excerpts newest first. */
  documentRank: Map<string, number>;
  /** Entities, sorted by id. */
  entities: EntitySummary[];
  entityById: Map<string, EntitySummary>;
  /** Events and milestones, oldest first. */
  events: Event[];
  eventById: Map<string, Event>;
  /** For each entity id, the events that name it, oldest first. */
  eventsByEntity: Map<string, Event[]>;
  /** For each document id, the events it reports, oldest first. */
  eventsByDocument: Map<string, Event[]>;
  /** Targets, by deadline. */
  targets: Target[];
  targetById: Map<string, Target>;
  /** Targets grouped by unit, scope and kind: the candidates for "the same metric". */
  targetsByGroup: Map<string, Target[]>;
  /** Targets grouped by unit, deadline and kind: the candidates for "the same metric in other scopes". */
  targetsByScopeGroup: Map<string, Target[]>;
  /** For each document id, the targets it states, by deadline. */
  targetsByDocument: Map<string, Target[]>;
  facts: Fact[];
}

let loading: Promise<SiteData> | undefined;

/** Appends to the list under a key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function load(): Promise<SiteData> {
  const documents = (await getCollection('documents')).map((e) => e.data).sort((a, b) => compareByDate(a, b) || (a.id < b.id ? -1 : 1));
  const entities = (await getCollection('entities')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
  const events = (await getCollection('events')).map((e) => e.data).sort(compareEvents);
  const eventsByEntity = new Map<string, Event[]>();
  for (const event of events) for (const id of new Set([...event.participants, ...event.entities])) push(eventsByEntity, id, event);
  const eventsByDocument = new Map<string, Event[]>();
  for (const event of events) for (const document of new Set(event.sources.map((s) => s.document))) push(eventsByDocument, document, event);
  const targets = (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
  const targetsByGroup = new Map<string, Target[]>();
  for (const target of targets) push(targetsByGroup, metricGroupKey(target), target);
  const targetsByScopeGroup = new Map<string, Target[]>();
  for (const target of targets) push(targetsByScopeGroup, scopeGroupKey(target), target);
  const targetsByDocument = new Map<string, Target[]>();
  for (const target of targets) for (const document of new Set(target.sources.map((s) => s.document))) push(targetsByDocument, document, target);
  const facts = (await getCollection('facts')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    documents,
    documentById: new Map(documents.map((d) => [d.id, d])),
    documentRank: new Map(documents.map((d, i) => [d.id, i])),
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    events, eventById: new Map(events.map((e) => [e.id, e])), eventsByEntity, eventsByDocument,
    targets, targetById: new Map(targets.map((t) => [t.id, t])), targetsByGroup, targetsByScopeGroup, targetsByDocument,
    facts,
  };
}

/** Every collection, indexed; computed on first use and shared by every page of the build. */
export const siteData = (): Promise<SiteData> => (loading ??= load());
