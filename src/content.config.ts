import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { DocumentSchema } from './schemas/document.ts';
import { EntitySummarySchema } from './schemas/entity-summary.ts';
import { EventSchema } from './schemas/event.ts';
import { FactSchema, TargetSchema } from './schemas/target.ts';

/*
 * Every collection holds small entries only, so that the content store stays small however many
 * texts there are: a document's body and an entity's lists are per-page files under content/,
 * read by their own pages (src/lib/page-data.ts). The relations between instruments and their
 * lineage are files read once per build (src/lib/lineage-data.ts): a corpus may have none, and a
 * collection with no entries makes Astro warn.
 */

/** The documents' metadata (content/documents.json); ids may contain `/`. */
const documents = defineCollection({ loader: file(`${contentDir()}/documents.json`), schema: DocumentSchema });

/** People, instruments, laws, programmes and organizations, summarized (content/entities.json). */
const entities = defineCollection({ loader: file(`${contentDir()}/entities.json`), schema: EntitySummarySchema });

/** Dated events and milestones merged across the texts (content/events.json). */
const events = defineCollection({ loader: file(`${contentDir()}/events.json`), schema: EventSchema });

/** Policy targets merged across the texts, conflicts flagged (content/targets.json). */
const targets = defineCollection({ loader: file(`${contentDir()}/targets.json`), schema: TargetSchema });

/** Figures the texts state that are not targets (content/facts.json). */
const facts = defineCollection({ loader: file(`${contentDir()}/facts.json`), schema: FactSchema });

export const collections = { documents, entities, events, targets, facts };
