/** Loads the collections once and turns them into open-data records, with base-aware page paths. */
import { getCollection } from 'astro:content';
import { documentRecord, entityRecord } from '../../lib/open-data.ts';
import { compareEvents } from '../../pipeline/events/event-order.ts';
import { documentPath, entityPath, eventPath, targetPath } from '../../lib/urls.ts';
import type { DocumentRecord, EntityRecord, EventRecord, TargetRecord } from '../../schemas/open-data.ts';
import type { Fact } from '../../schemas/target.ts';

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

/** Every event record, oldest first. */
export async function eventRecords(): Promise<EventRecord[]> {
  const entries = await getCollection('events');
  return entries.map((e) => ({ ...e.data, path: eventPath(e.data.id) })).sort(compareEvents);
}

/** Every target record, by deadline. */
export async function targetRecords(): Promise<TargetRecord[]> {
  const entries = await getCollection('targets');
  return entries.map((e) => ({ ...e.data, path: targetPath(e.data.id) })).sort((a, b) => a.deadline - b.deadline || (a.id < b.id ? -1 : 1));
}

/** Every fact, sorted by id. */
export async function factRecords(): Promise<Fact[]> {
  return (await getCollection('facts')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A file response with a content type. */
export const respond = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
