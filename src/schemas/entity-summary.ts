import { z } from 'zod';
import { EntityTypeSchema, IssuerLevelSchema, MentionSchema, RoleSchema, StatementSchema } from './entity.ts';

/**
 * What every page needs to know of an entity (content/entities.json): names, counts, an
 * instrument's particulars; small whatever the corpus size. Mentions, roles and statements live
 * in the entity's own detail file.
 */
export const EntitySummarySchema = z.object({
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/).describe('Stable id and URL path under /entities/: `<type>/<slug>`.'),
  type: EntityTypeSchema,
  name: z.string().describe('Name shown, in its best spelling.'),
  aliases: z.array(z.string()).describe('Other names and spellings the texts use.'),
  description: z.string().nullable().describe('One line from the curated list, when the entity is on it.'),
  sources: z.array(z.string()).describe('Sources of the curated description.'),
  latestTitle: z.string().nullable().describe('A person\'s most recently stated title; null for other types.'),
  number: z.string().nullable().describe('An instrument\'s number; null for other types.'),
  code: z.string().nullable().describe('An instrument\'s code (`NQ/TW`), when a text gives it.'),
  issuer: z.string().nullable().describe('An instrument\'s issuing body, when known.'),
  date: z.string().nullable().describe('An instrument\'s date of issue (ISO), when known.'),
  title: z.string().nullable().describe('An instrument\'s title, when known.'),
  level: IssuerLevelSchema.nullable().describe('An instrument\'s issuer level (party, national-assembly, government, ministry, province-or-city), when its '
    + 'code or issuer tells; null for other types.'),
  mentionCount: z.number().int().nonnegative().describe('Mentions in all texts.'),
  documentCount: z.number().int().nonnegative().describe('Texts that name it.'),
  statementCount: z.number().int().nonnegative().describe('Statements the texts attribute to it (people).'),
  firstNamed: z.string().nullable().describe('Date of the oldest dated text that names it (ISO).'),
  lastNamed: z.string().nullable().describe('Date of the newest dated text that names it (ISO).'),
  related: z.array(z.object({ id: z.string(), count: z.number().int().positive() })).describe('Entities most often named in the same paragraphs, with how '
    + 'often.'),
});
/** An entity as listings, previews and links need it. */
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

/** One title a person held, with how many texts state it and the first of them. */
export const RoleSpanSchema = z.object({
  title: z.string(),
  from: z.string().nullable().describe('Date of the oldest text stating it.'),
  to: z.string().nullable().describe('Date of the newest text stating it.'),
  count: z.number().int().positive().describe('How many times the texts state it.'),
  sources: z.array(RoleSchema).describe('The newest statements of it, at most a few; all are in roles.csv.gz.'),
});
/** A row of a person's role history. */
export type RoleSpan = z.infer<typeof RoleSpanSchema>;

/**
 * Everything an entity's pages list (content/entities/<type>/<slug>.json), each list in page order:
 * newest text first, undated last, then by document and paragraph.
 */
export const EntityDetailSchema = z.object({
  id: z.string(),
  roles: z.array(RoleSpanSchema),
  texts: z.array(z.object({ document: z.string(), count: z.number().int().positive() })).describe('Texts that name it, with their mention counts.'),
  mentions: z.array(MentionSchema),
  statements: z.array(StatementSchema),
  series: z.array(z.object({ month: z.string(), count: z.number().int().nonnegative() })).describe('Mentions per month of publication.'),
});
/** The lists of an entity's pages. */
export type EntityDetail = z.infer<typeof EntityDetailSchema>;
