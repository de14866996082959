import { getCollection } from 'astro:content';
import type { DocumentData } from '../schemas/document.ts';
import type { Entity } from '../schemas/entity.ts';
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
  return {
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
