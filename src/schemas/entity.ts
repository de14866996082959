import { z } from 'zod';

/** Types of entity the site has pages for. */
/**
 * Types that are numbered instruments, by the national system of document codes: NQ resolution,
 * QĐ decision, CT directive, KL conclusion, NĐ decree, KH plan, CTr (action) programme, TB notice,
 * TT circular, BC report, and official dispatches (a code of units only). `actionprogramme` is a numbered
 * programme ("Programme 15-CTr/TU"), apart from the named programmes of type `programme`.
 */
export const INSTRUMENT_TYPES = [
  'resolution', 'decision', 'directive', 'conclusion', 'decree', 'plan', 'actionprogramme', 'notice', 'circular', 'dispatch', 'report', 'submission',
] as const;
/** Types of entity the site has pages for. */
export const EntityTypeSchema = z.enum(['person', ...INSTRUMENT_TYPES, 'law', 'programme', 'organization']);

/** The tier of the national system an instrument's issuer belongs to, read from its code (src/pipeline/extract/issuer-level.ts). */
export const IssuerLevelSchema = z.enum(['party', 'national-assembly', 'government', 'ministry', 'province-or-city']);
/** An issuer level. */
export type IssuerLevel = z.infer<typeof IssuerLevelSchema>;

/** Where a fact was found: document, paragraph and the sentence it came from. */
export const ProvenanceSchema = z.object({
  document: z.string().describe('Document id.'),
  paragraph: z.string().describe('Paragraph id on the document page (`p-N`).'),
  sentence: z.string().describe('The sentence, verbatim.'),
});

/** One mention of an entity in a text. */
export const MentionSchema = ProvenanceSchema.extend({
  start: z.number().int().nonnegative().describe('Offset of the mention in the paragraph\'s text (first character).'),
  end: z.number().int().nonnegative().describe('Offset just after the mention\'s last character.'),
  text: z.string().describe('The mention\'s text as written.'),
});

/** A title a text gives a person, dated by the text. */
export const RoleSchema = ProvenanceSchema.extend({
  title: z.string().describe('The title as written, singular ("Politburo member").'),
  date: z.string().nullable().describe('Date of the text that states it (ISO, as precise as known).'),
});

/** Words a text attributes to a person. */
export const StatementSchema = ProvenanceSchema.extend({
  kind: z.enum(['quote', 'reported', 'speech']).describe('`quote`: direct quotation; `reported`: reported speech; `speech`: a paragraph of a speech the '
    + 'person gave.'),
  date: z.string().nullable().describe('Date of the text.'),
});

const BaseEntitySchema = z.object({
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/).describe('Stable id and URL path under /entities/: `<type>/<slug>`.'),
  name: z.string().describe('Name shown, in its best spelling.'),
  aliases: z.array(z.string()).describe('Other names and spellings the texts use.'),
  description: z.string().nullable().describe('One line from the curated list, when the entity is on it.'),
  sources: z.array(z.string()).describe('Sources of the curated description.'),
  mentions: z.array(MentionSchema).describe('Every mention, in document and paragraph order.'),
  documents: z.array(z.string()).describe('Ids of the documents that mention it.'),
  related: z.array(z.object({ id: z.string(), count: z.number().int().positive() })).describe('Entities most often named in the same paragraphs, with how '
    + 'often.'),
});

/** A person, with roles over time and statements. */
export const PersonSchema = BaseEntitySchema.extend({
  type: z.literal('person'),
  roles: z.array(RoleSchema),
  statements: z.array(StatementSchema),
});

/** A numbered instrument: resolution, decision, directive, conclusion, decree, plan, programme, notice, circular or dispatch. */
export const InstrumentSchema = BaseEntitySchema.extend({
  type: z.enum(INSTRUMENT_TYPES),
  number: z.string().describe('Number, without leading zeros.'),
  code: z.string().nullable().describe('Code after the number (`NQ/TW`, `QĐ-TTg`), when a text gives it.'),
  issuer: z.string().nullable().describe('Issuing body, as a text states it or as the code implies.'),
  date: z.string().nullable().describe('Date of issue (ISO).'),
  title: z.string().nullable().describe('Title ("On breakthroughs in …").'),
  level: IssuerLevelSchema.nullable().describe('Tier of its issuer, from its code (`NQ/TW` party, `QH15` national-assembly, `NQ-CP` and `QĐ-TTg` government, '
    + '`KH-BKHCN` ministry, `KH-UBND`, `NQ-HĐND` and `NQ/TU` province-or-city), else from the issuer named; null when neither tells.'),
});

/** A law, programme (project, plan, strategy) or organization. */
export const NamedEntitySchema = BaseEntitySchema.extend({
  type: z.enum(['law', 'programme', 'organization']),
});

/** Any entity. */
export const EntitySchema = z.discriminatedUnion('type', [PersonSchema, InstrumentSchema, NamedEntitySchema]);
/** An entity. */
export type Entity = z.infer<typeof EntitySchema>;
/** A person entity. */
export type Person = z.infer<typeof PersonSchema>;
/** Entity type. */
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** An entry of the curated list of well-known entities (data/known-entities.yaml). */
export const KnownEntitySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  description: z.string(),
  sources: z.array(z.string().url()).min(1),
});
/** A curated entity. */
export type KnownEntity = z.infer<typeof KnownEntitySchema>;
