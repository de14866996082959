import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DocumentSchema } from './schemas/document.ts';
import { EntitySchema } from './schemas/entity.ts';

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

export const collections = { documents, entities };
