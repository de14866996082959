import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from './content-dir.ts';
import type { EntityDetail } from '../schemas/entity-summary.ts';

/** Where build:content writes what the pages read. */
const CONTENT = resolve(contentDir());

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
 * entity are built one after another, so the last one read is kept (not in the dev server,
 * where the file changes under it).
 */
export function entityDetail(id: string): EntityDetail {
  if (last?.id !== id || import.meta.env?.DEV) last = JSON.parse(readFileSync(join(CONTENT, 'entities', `${id}.json`), 'utf8')) as EntityDetail;
  return last;
}
