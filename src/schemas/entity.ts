import { z } from 'zod';

/** Types of entity the site has pages for. */
export const EntityTypeSchema = z.enum(['person', 'resolution', 'decision', 'directive', 'conclusion', 'decree', 'law', 'programme', 'organization']);
/** Types that are numbered legal instruments. */
export const INSTRUMENT_TYPES = ['resolution', 'decision', 'directive', 'conclusion', 'decree'] as const;

/** Where a fact was found: document, paragraph and the sentence it came from. */
export const ProvenanceSchema = z.object({
  /** Document id. */
  document: z.string(),
  /** Paragraph id on the document page (`p-N`). */
  paragraph: z.string(),
  /** The sentence, verbatim. */
  sentence: z.string(),
});

/** One mention of an entity in a text. */
export const MentionSchema = ProvenanceSchema.extend({
  /** Offsets of the mention in the paragraph's text: [start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The mention's text as written. */
  text: z.string(),
});

/** A title a text gives a person, dated by the text. */
export const RoleSchema = ProvenanceSchema.extend({
  /** The title as written, singular ("Politburo member"). */
  title: z.string(),
  /** Date of the text that states it (ISO, as precise as known). */
  date: z.string().nullable(),
});

/** Words a text attributes to a person. */
export const StatementSchema = ProvenanceSchema.extend({
  /** `quote`: direct quotation; `reported`: reported speech; `speech`: a paragraph of a speech the person gave. */
  kind: z.enum(['quote', 'reported', 'speech']),
  /** Date of the text. */
  date: z.string().nullable(),
});

const BaseEntitySchema = z.object({
  /** Stable id and URL path under /entities/: `<type>/<slug>`. */
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  /** Name shown, in its best spelling. */
  name: z.string(),
  /** Other names and spellings the texts use. */
  aliases: z.array(z.string()),
  /** One line from the curated list, when the entity is on it. */
  description: z.string().nullable(),
  /** Sources of the curated description. */
  sources: z.array(z.string()),
  /** Every mention, in document and paragraph order. */
  mentions: z.array(MentionSchema),
  /** Ids of the documents that mention it, by date. */
  documents: z.array(z.string()),
  /** Entities most often named in the same paragraphs, with how often. */
  related: z.array(z.object({ id: z.string(), count: z.number().int().positive() })),
});

/** A person, with roles over time and statements. */
export const PersonSchema = BaseEntitySchema.extend({
  type: z.literal('person'),
  roles: z.array(RoleSchema),
  statements: z.array(StatementSchema),
});

/** A numbered legal instrument: resolution, decision, directive, conclusion or decree. */
export const InstrumentSchema = BaseEntitySchema.extend({
  type: z.enum(INSTRUMENT_TYPES),
  /** Number, without leading zeros. */
  number: z.string(),
  /** Code after the number (`NQ/TW`, `QĐ-TTg`), when a text gives it. */
  code: z.string().nullable(),
  /** Issuing body, as a text states it or as the code implies. */
  issuer: z.string().nullable(),
  /** Date of issue (ISO). */
  date: z.string().nullable(),
  /** Title ("On breakthroughs in …"). */
  title: z.string().nullable(),
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
