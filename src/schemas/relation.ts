import { z } from 'zod';
import { ProvenanceSchema } from './entity.ts';

/** What each kind of relation between two instruments means, one line each; the keys are the kinds. */
export const RELATION_KIND_MEANINGS = {
  implements: '`from` implements, concretizes or carries out `to`, or was issued under or pursuant to it.',
  establishes: '`from` (a decision) sets up a body (`body`) under `to` or to carry it out.',
  amends: '`from` amends or supplements `to`.',
  replaces: '`from` replaces `to`.',
  supersedes: '`from` supersedes `to`.',
  cites: '`from` names `to` as a basis ("Pursuant to …" on a legal page) or reports on it, and no text states a stronger tie.',
} as const;

/** Kinds of relation between instruments (see RELATION_KIND_MEANINGS). */
export const RelationKindSchema = z.enum(['implements', 'establishes', 'amends', 'replaces', 'supersedes', 'cites']);
/** A kind of relation. */
export type RelationKind = z.infer<typeof RelationKindSchema>;

/** How a sentence names one end of a relation. */
export const RelationEndSchema = z.enum(['named', 'document', 'antecedent']);

/** A sentence that states a relation, with the words that state it. */
export const RelationSourceSchema = ProvenanceSchema.extend({
  cue: z.string().describe('The words that state the relation, as written ("to concretise", "amending and supplementing", "Pursuant to").'),
  subject: RelationEndSchema.describe('How the sentence names `from`: named: by its number; document: "this Decision", the instrument the document itself is '
    + '(its "No." heading); antecedent: "the plan", the plan the text is about or the one it named before.'),
  object: RelationEndSchema.describe('How the sentence names `to`, as `subject`.'),
});
/** One source of a relation. */
export type RelationSource = z.infer<typeof RelationSourceSchema>;

/** A relation between two numbered instruments, merged across the texts that state it. */
export const RelationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id: `<from>--<kind>--<to>`, entity ids with `-` for `/`.'),
  from: z.string().describe('Entity id of the instrument that implements, establishes, amends, replaces, supersedes or cites.'),
  to: z.string().describe('Entity id of the instrument it acts on.'),
  kind: RelationKindSchema.describe(Object.entries(RELATION_KIND_MEANINGS).map(([k, v]) => `${k}: ${v}`).join(' ')),
  body: z.string().nullable().describe('For `establishes`: the body set up, as a text names it; null otherwise.'),
  bodyEntity: z.string().nullable().describe('For `establishes`: entity id of the body, when it has a page; null otherwise.'),
  sources: z.array(RelationSourceSchema).describe('Every sentence that states it, in document order.'),
  conflict: z.string().nullable().describe('Why it is flagged, when the texts disagree (another instrument of the same level said to be the one implemented, '
    + 'the reverse relation, another instrument said to set up the same body, a date before the instrument it acts on); null when they do not.'),
  conflicts: z.array(z.string()).describe('Ids of the relations it conflicts with.'),
});
/** A relation between instruments. */
export type Relation = z.infer<typeof RelationSchema>;
