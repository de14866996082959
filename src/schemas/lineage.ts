import { z } from 'zod';
import { EntityTypeSchema, IssuerLevelSchema } from './entity.ts';
import { RelationKindSchema } from './relation.ts';

/** One relation seen from an instrument: the instrument at its other end, with what a tree shows of it. */
export const LineageEdgeSchema = z.object({
  relation: z.string().describe('Id of the relation (relations.json).'),
  kind: RelationKindSchema,
  instrument: z.string().describe('Entity id of the instrument at the other end.'),
  name: z.string().describe('Its name ("Resolution 57-NQ/TW").'),
  type: EntityTypeSchema.describe('Its type.'),
  date: z.string().nullable().describe('Its date of issue (ISO), when known.'),
  issuer: z.string().nullable().describe('Its issuer, when known.'),
  level: IssuerLevelSchema.nullable().describe('Its issuer level, when known.'),
  body: z.string().nullable().describe('For `establishes`: the body set up.'),
  sources: z.number().int().positive().describe('How many sentences state the relation.'),
  conflict: z.string().nullable().describe('Why the relation is flagged, if it is.'),
});
/** A relation seen from one of its instruments. */
export type LineageEdge = z.infer<typeof LineageEdgeSchema>;

/**
 * An instrument in the chain of policy (content/lineage.json, read by src/lib/lineage-data.ts): its parents (what it implements or
 * was set up under), its children (what implements it or was set up under it), and the other
 * relations (amends, replaces, supersedes, cites) both ways. Edges are ordered by the date of the
 * instrument at their other end, undated last. Only instruments with a relation have a node.
 */
export const LineageNodeSchema = z.object({
  id: z.string().describe('Entity id of the instrument.'),
  name: z.string(),
  type: EntityTypeSchema,
  date: z.string().nullable().describe('Date of issue (ISO), when known.'),
  issuer: z.string().nullable().describe('Issuer, when known.'),
  level: IssuerLevelSchema.nullable().describe('Issuer level (party, national-assembly, government, ministry, province-or-city), when known.'),
  parents: z.array(LineageEdgeSchema).describe('Instruments it implements (`implements`) or sets a body up under (`establishes`).'),
  children: z.array(LineageEdgeSchema).describe('Instruments that implement it or set a body up under it.'),
  references: z.array(LineageEdgeSchema).describe('Instruments it amends, replaces, supersedes or cites.'),
  referencedBy: z.array(LineageEdgeSchema).describe('Instruments that amend, replace, supersede or cite it.'),
});
/** An instrument in the chain of policy. */
export type LineageNode = z.infer<typeof LineageNodeSchema>;

/** Kinds that make one instrument the parent of another. */
export const PARENT_KINDS: ReadonlySet<string> = new Set(['implements', 'establishes']);
