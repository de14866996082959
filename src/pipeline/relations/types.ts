import type { RelationKind } from '../../schemas/relation.ts';
import type { Mention } from '../extract/types.ts';

/** Where a mention is in its document: the resolver links the same place to its entity. */
export interface MentionRef {
  block: number;
  start: number;
  end: number;
}

/** How a sentence names one end of a relation (see RelationSourceSchema). */
export type RelationEnd = 'named' | 'document' | 'antecedent';

/** A relation as one sentence states it, before its mentions are resolved to entities. */
export interface RelationCandidate {
  kind: RelationKind;
  from: MentionRef;
  to: MentionRef;
  subject: RelationEnd;
  object: RelationEnd;
  /** The words that state it, as written. */
  cue: string;
  /** For `establishes`: the body set up, as written, and the mention that names it, if any. */
  body?: { name: string; ref?: MentionRef };
  /** The sentence's block, and the sentence. */
  block: number;
  sentence: string;
}

/** An instrument a sentence names, by number or by a phrase ("this Decision"), with its offsets in the sentence. */
export interface Reference {
  start: number;
  end: number;
  /** The mention it stands for: itself, or the one a phrase refers to. */
  mention: Mention;
  via: RelationEnd;
}

/** The place of a mention, as a relation keeps it. */
export const refOf = (m: Pick<Mention, 'block' | 'start' | 'end'>): MentionRef => ({ block: m.block, start: m.start, end: m.end });
