/**
 * The CSL data schema (csl-data.json, version 1.0 of the Citation Style Language's input schema) as zod,
 * for the item variables this site writes: every item is an object with `type` and `id`, no property
 * outside the schema (`additionalProperties: false`), dates as `date-parts` of one or two dates of one
 * to three parts. Written from the schema's text rather than vendored: no npm package ships the file.
 */
import { z } from 'zod';

/** Every item type the schema allows. */
const CSL_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'figure',
  'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
] as const;

/** The schema's `date-variable` in its structured form. */
const DateVariable = z.strictObject({
  'date-parts': z.array(z.array(z.union([z.string(), z.number()])).min(1).max(3)).min(1).max(2),
  season: z.union([z.string(), z.number()]).optional(),
  circa: z.union([z.string(), z.number(), z.boolean()]).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});

/** One CSL-JSON item, limited to the variables the site emits; any other property is an error, as in the schema. */
export const CslItemSchema = z.strictObject({
  type: z.enum(CSL_TYPES),
  id: z.union([z.string(), z.number()]),
  title: z.string().optional(),
  'container-title': z.string().optional(),
  issued: DateVariable.optional(),
  URL: z.string().optional(),
  language: z.string().optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

/** A CSL-JSON document: an array of items. */
export const CslDataSchema = z.array(CslItemSchema);
