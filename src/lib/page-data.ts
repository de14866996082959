import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityDetail } from '../schemas/entity-summary.ts';

/** Where build:content writes what the pages read. */
const CONTENT = join(process.cwd(), 'content');

/** What a document page reads besides its metadata: the body as HTML, and the entities it names with counts. */
export interface DocumentPage {
  html: string;
  named: { entity: string; count: number }[];
}

/** The body and named entities of one document, from content/documents/<id>.json. */
export const documentPage = (id: string): DocumentPage => JSON.parse(readFileSync(join(CONTENT, 'documents', `${id}.json`), 'utf8')) as DocumentPage;

let last: EntityDetail | undefined;

/**
 * The lists of one entity's pages, from content/entities/<type>/<slug>.json. The pages of one
 * entity are built one after another, so the last one read is kept.
 */
export function entityDetail(id: string): EntityDetail {
  if (last?.id !== id) last = JSON.parse(readFileSync(join(CONTENT, 'entities', `${id}.json`), 'utf8')) as EntityDetail;
  return last;
}
