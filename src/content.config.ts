import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema } from './schemas/document.ts';

/** The generated document pages; each entry's id is its frontmatter `id` (which may contain `/`). */
const documents = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/documents',
    generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.mdx$/, '')),
  }),
  schema: DocumentSchema,
});

export const collections = { documents };
