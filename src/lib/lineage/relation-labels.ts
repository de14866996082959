import type { LineageEdge } from '../../schemas/lineage.ts';
import type { RelationKind } from '../../schemas/relation.ts';

/**
 * What a relation says, with the instrument that acts as its subject: "implements", "sets up the Steering
 * Committee", "amends". In a tree the subject is the lower instrument: "Plan 58 implements" (under the
 * resolution it implements) and, going up, "implements Resolution 57".
 */
export function relationVerb(edge: Pick<LineageEdge, 'kind' | 'body'>): string {
  if (edge.kind === 'establishes') return edge.body ? `sets up the ${edge.body.replace(/^the\s+/i, '')}` : 'sets up a body';
  return edge.kind;
}

/** How a list of other relations is headed, seen from the instrument whose page it is: outgoing ("Amends") and incoming ("Amended by"). */
export const REFERENCE_HEADINGS: Readonly<Record<Exclude<RelationKind, 'implements' | 'establishes'>, { outgoing: string; incoming: string }>> = {
  amends: { outgoing: 'Amends', incoming: 'Amended by' },
  replaces: { outgoing: 'Replaces', incoming: 'Replaced by' },
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  cites: { outgoing: 'Cites', incoming: 'Cited by' },
};

/** The kinds of REFERENCE_HEADINGS, in the order a page lists them. */
export const REFERENCE_KINDS = Object.keys(REFERENCE_HEADINGS) as (keyof typeof REFERENCE_HEADINGS)[];
