import type { Attribution } from '../statements.ts';
import type { Mention } from '../types.ts';

/** What the resolver needs of one document. */
export interface DocumentFindings {
  id: string;
  date: string | null;
  mentions: Mention[];
  statements: Attribution[];
}

/** A resolved mention: where it is, and which entity it names. */
export interface Link {
  document: string;
  block: number;
  start: number;
  end: number;
  entity: string;
}

/** A mention with the document it is in. */
export interface Placed {
  mention: Mention;
  doc: DocumentFindings;
}

/** A statement with the document it is in. */
export interface PlacedStatement {
  attribution: Attribution;
  doc: DocumentFindings;
}
