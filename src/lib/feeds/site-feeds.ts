import type { DocumentData } from '../../schemas/document.ts';
import type { EntityDetail, EntitySummary } from '../../schemas/entity-summary.ts';
import { ENTITY_TYPES } from '../entity-types.ts';
import { SITE } from '../site.ts';
import { ENTITY_FEED_SIZE, type Feed, feedDocuments } from './feed.ts';
import { entityFeedPath, NEW_TEXTS_FEED } from './feed-paths.ts';

/** The feed of new texts: the newest dated texts of the collection (`documents` newest first). */
export const newTextsFeed = (documents: DocumentData[]): Feed => ({
  title: `${SITE.name}: new texts`,
  page: '/documents/',
  path: NEW_TEXTS_FEED,
  documents: feedDocuments(documents),
});

/** An entity has a feed when a dated text names it (undated texts are in no feed). */
export const hasFeed = (entity: Pick<EntitySummary, 'lastNamed'>): boolean => entity.lastNamed !== null;

/** The feed of one entity: the newest dated texts that name it (at most ENTITY_FEED_SIZE), in the detail's page order (newest first). */
export const entityFeed = (entity: EntitySummary, detail: Pick<EntityDetail, 'texts'>, documentById: Map<string, DocumentData>): Feed => ({
  title: `${SITE.name}: texts that name ${entity.name} (${ENTITY_TYPES[entity.type].singular})`,
  page: `/entities/${entity.id}/`,
  path: entityFeedPath(entity.id),
  documents: feedDocuments(detail.texts.flatMap(({ document }) => documentById.get(document) ?? []), ENTITY_FEED_SIZE),
});
