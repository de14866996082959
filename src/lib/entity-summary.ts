import type { EntitySummary } from '../schemas/entity-summary.ts';
import { formatIsoDate } from './dates.ts';
import { ENTITY_TYPES } from './entity-types.ts';
import { plural } from './plural.ts';

/**
 * One line that says what an entity is, for previews and listings: the curated description, else
 * a person's latest title, an instrument's title, issuer and date, else its type.
 */
export function entitySummary(entity: EntitySummary): string {
  if (entity.description) return entity.description;
  if (entity.type === 'person') return entity.latestTitle ?? ENTITY_TYPES.person.singular;
  const parts = [
    entity.title,
    entity.issuer && `issued by ${entity.issuer}`,
    entity.date && `dated ${formatIsoDate(entity.date)}`,
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return ENTITY_TYPES[entity.type].singular;
}

/** "12 mentions in 3 texts". */
export const entityCount = (entity: Pick<EntitySummary, 'mentionCount' | 'documentCount'>): string =>
  `${plural(entity.mentionCount, 'mention')} in ${plural(entity.documentCount, 'text')}`;
