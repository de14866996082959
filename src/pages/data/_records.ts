/** Loads the collections once and turns them into open-data records, with base-aware page paths. */
import { getCollection } from 'astro:content';
import { documentRecord, entityRecord } from '../../lib/open-data.ts';
import { documentPath, entityPath } from '../../lib/urls.ts';
import type { DocumentRecord, EntityRecord } from '../../schemas/open-data.ts';

/** Every document record, sorted by id. */
export async function documentRecords(): Promise<DocumentRecord[]> {
  const entries = await getCollection('documents');
  return entries.map((e) => documentRecord(e.data, documentPath(e.data.id))).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every entity record, sorted by id. */
export async function entityRecords(): Promise<EntityRecord[]> {
  const entries = await getCollection('entities');
  return entries.map((e) => entityRecord(e.data, entityPath(e.data.id))).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A file response with a content type. */
export const respond = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
