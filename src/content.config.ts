import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DocumentSchema } from './schemas/document.ts';
import { EntitySchema } from './schemas/entity.ts';
import { EventSchema } from './schemas/event.ts';
import { FactSchema, TargetSchema } from './schemas/target.ts';

/** The generated document pages; each entry's id is its frontmatter `id` (which may contain `/`). */
const documents = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/documents',
    generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.mdx$/, '')),
  }),
  schema: DocumentSchema,
});

/** People, instruments, laws, programmes and organizations resolved across the texts (content/entities.json). */
const entities = defineCollection({
  loader: file('content/entities.json'),
  schema: EntitySchema,
});

/** Dated events and milestones merged across the texts (content/events.json). */
const events = defineCollection({ loader: file('content/events.json'), schema: EventSchema });

/** Policy targets merged across the texts, conflicts flagged (content/targets.json). */
const targets = defineCollection({ loader: file('content/targets.json'), schema: TargetSchema });

/** Figures the texts state that are not targets (content/facts.json). */
const facts = defineCollection({ loader: file('content/facts.json'), schema: FactSchema });

export const collections = { documents, entities, events, targets, facts };
