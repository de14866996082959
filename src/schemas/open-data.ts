import { z } from 'zod';
import { DocumentSchema } from './document.ts';
import { EntitySchema } from './entity.ts';
import { EventSchema } from './event.ts';
import { RelationSchema } from './relation.ts';
import { FactSchema, TargetSchema } from './target.ts';

/**
 * The records of the open data files (dist/data/*.json). Field descriptions live here, once:
 * the JSON Schemas and the data page are generated from them. Changing a field is a breaking
 * change for researchers: add fields, never rename or remove them.
 */
export const DocumentRecordSchema = z.object({
  id: z.string().describe('Stable document id; also its page path under /documents/.'),
  file: z.string().describe('Path of the source text in the repository, e.g. seeds/000_x.txt.'),
  title: z.string().describe('Title shown on the site.'),
  titleSource: DocumentSchema.shape.titleSource.describe('explicit: a title line of the text; sidecar: given by hand; inferred: cut from the lead.'),
  date: z.string().nullable().describe('Publication date, ISO 8601 as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown.'),
  datePrecision: z.enum(['day', 'month', 'year']).nullable().describe('Precision of date.'),
  dateSource: DocumentSchema.shape.dateSource.describe('header: the page header; text: reasoned from the text; sidecar: given by hand; none.'),
  dateNote: z.string().describe('How the date was found, in one sentence.'),
  source: z.string().nullable().describe('Outlet or source; null when unknown.'),
  url: z.string().nullable().describe('Original URL, when known.'),
  language: z.string().describe('Main language (BCP 47).'),
  languages: z.array(z.string()).describe('Every language found in the text.'),
  paragraphs: z.number().int().describe('Number of paragraphs (blocks) on the page; paragraph ids are p-1 … p-N.'),
  words: z.number().int().describe('Number of words in the cleaned text.'),
  path: z.string().describe('Path of the document page on this site, base path included.'),
});
/** A document record of documents.json. */
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** An entity record of entities.json: the entity as the site knows it, with its page path. */
export const EntityRecordSchema = z.intersection(
  EntitySchema,
  z.object({ path: z.string().describe('Path of the entity page on this site, base path included.') }),
);
/** An entity record of entities.json. */
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

/** An event record of events.json: the event or milestone with its page path. */
export const EventRecordSchema = EventSchema.extend({ path: z.string().describe('Path of the event page on this site, base path included.') });
/** An event record. */
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** A target record of targets.json: the target with its page path. */
export const TargetRecordSchema = TargetSchema.extend({ path: z.string().describe('Path of the target page on this site, base path included.') });
/** A target record. */
export type TargetRecord = z.infer<typeof TargetRecordSchema>;

/** A relation record of relations.json: the relation with its instruments' names and page paths. */
export const RelationRecordSchema = RelationSchema.extend({
  fromName: z.string().describe('Name of the `from` instrument.'),
  toName: z.string().describe('Name of the `to` instrument.'),
  fromPath: z.string().describe('Path of the `from` instrument\'s page on this site, base path included.'),
  toPath: z.string().describe('Path of the `to` instrument\'s page on this site, base path included.'),
});
/** A relation record. */
export type RelationRecord = z.infer<typeof RelationRecordSchema>;

/** The downloadable datasets: name, schema, and one line about each. */
export const DATASETS = [
  { name: 'documents', schema: z.array(DocumentRecordSchema), about: 'Every text: title, date and how it was found, outlet, language, page.' },
  { name: 'entities', schema: z.array(EntityRecordSchema), about: 'Every person, instrument, law, programme and organization, with each mention (document, '
    + 'paragraph, offsets, sentence), roles and statements.' },
  { name: 'events', schema: z.array(EventRecordSchema), about: 'Every dated event and milestone: date and precision (and how it was inferred), title, place, '
    + 'participants, and every source sentence.' },
  { name: 'targets', schema: z.array(TargetRecordSchema), about: 'Every policy target: metric, comparator, value, unit, deadline, baseline, scope, sources, '
    + 'conflicting targets, and the figures the texts state for its metric (its progress as reported by the texts; also in target-figures.csv).' },
  { name: 'facts', schema: z.array(FactSchema), about: 'Figures the texts state that are not targets (counts, shares, levels reached), each with what it '
    + 'measures, when it held, where, and its sentence.' },
  { name: 'relations', schema: z.array(RelationRecordSchema), about: 'Every relation between instruments the texts state (implements, establishes, amends, '
    + 'replaces, supersedes, cites), with every source sentence and the words that state it, and conflicts flagged.' },
] as const;
