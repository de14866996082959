import { withBase } from './urls.ts';

/** The long lists of an entity, each paged under `/entities/<type>/<slug>/<section>/<n>/`. */
export const ENTITY_SECTIONS = {
  mentions: { title: 'Mentions in context', pageSize: 100, preview: 20, noun: 'mention' },
  statements: { title: 'Statements', pageSize: 50, preview: 10, noun: 'statement' },
  texts: { title: 'Texts that name it', pageSize: 100, preview: 20, noun: 'text' },
  events: { title: 'On the timeline', pageSize: 100, preview: 10, noun: 'event' },
} as const;
/** A paged list of an entity. */
export type EntitySection = keyof typeof ENTITY_SECTIONS;

/** URL of page `n` of an entity's section. */
export const entitySectionPath = (entity: string, section: EntitySection, n: number): string => withBase(`/entities/${entity}/${section}/${n}/`);
