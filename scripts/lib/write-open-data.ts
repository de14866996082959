import { mkdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { joinBase } from '../../src/lib/base-path.ts';
import { csvRow } from '../../src/lib/csv.ts';
import { compareEvents } from '../../src/pipeline/events/event-order.ts';
import {
  DOCUMENTS_TABLE, ENTITIES_TABLE, EVENTS_TABLE, FACTS_TABLE, MENTIONS_TABLE, RELATIONS_TABLE, ROLES_TABLE, STATEMENTS_TABLE, TARGET_FIGURES_TABLE,
  TARGETS_TABLE, documentRecord, entityRecord, relationRecord, type Table,
} from '../../src/lib/open-data.ts';
import type { CorpusResult } from '../../src/pipeline/build.ts';
import type { DataFile } from '../../src/schemas/data-files.ts';
import { eachLimited } from './pool.ts';
import { mapped, StreamFile, writeJsonArray } from './stream-file.ts';

/** A file over this size is also offered gzipped (`.gz` beside it). */
export const GZIP_OVER = 1_000_000;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Writes a CSV table from records, row by row. */
async function writeTable<R>(path: string, table: Table<R>, records: Iterable<R>): Promise<{ bytes: number; gzipBytes: number | null }> {
  const file = new StreamFile(path, true);
  await file.write(csvRow(table.columns));
  await file.writeEach(rowsOf(table, records));
  return file.close();
}

/** The CSV rows of records, made one at a time as they are written. */
function* rowsOf<R>(table: Table<R>, records: Iterable<R>): Generator<string> {
  for (const record of records) for (const row of table.rows(record)) yield csvRow(row);
}

/**
 * Writes the open data into `dir` (copied to `<site>/data/` by the site build): JSON and CSV,
 * each streamed record by record so that memory stays flat however large the corpus, and a gzip
 * copy of every file over GZIP_OVER bytes. Page paths include `base`. Returns what was written.
 */
export async function writeOpenData(dir: string, built: Omit<CorpusResult, 'files'>, base: string): Promise<DataFile[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const path = (p: string) => joinBase(base, p);
  const documents = built.documents.map((d) => d.data).sort(byId);
  const entities = [...built.entities].sort(byId);
  const events = [...built.events].sort(compareEvents);
  const targets = [...built.targets].sort((a, b) => a.deadline - b.deadline || byId(a, b));
  const facts = [...built.facts].sort(byId);
  const relations = [...built.relations].sort(byId);
  const names = new Map(built.entities.map((e) => [e.id, e.name]));
  const docRecords = () => mapped(documents, (d) => documentRecord(d, path(`/documents/${d.id}/`)));
  const entityRecords = () => mapped(entities, (e) => entityRecord(e, path(`/entities/${e.id}/`)));
  const eventRecords = () => mapped(events, (e) => ({ ...e, path: path(`/events/${e.id}/`) }));
  const targetRecords = () => mapped(targets, (t) => ({ ...t, path: path(`/targets/${t.id}/`) }));
  const relationRecords = () => mapped(relations, (r) => relationRecord(r, (id) => names.get(id) ?? id, (id) => path(`/entities/${id}/`)));
  const jobs: [string, () => Promise<{ bytes: number; gzipBytes: number | null }>][] = [
    ['documents.json', () => writeJsonArray(join(dir, 'documents.json'), docRecords(), true)],
    ['entities.json', () => writeJsonArray(join(dir, 'entities.json'), entityRecords(), true)],
    ['events.json', () => writeJsonArray(join(dir, 'events.json'), eventRecords(), true)],
    ['targets.json', () => writeJsonArray(join(dir, 'targets.json'), targetRecords(), true)],
    ['facts.json', () => writeJsonArray(join(dir, 'facts.json'), facts, true)],
    ['relations.json', () => writeJsonArray(join(dir, 'relations.json'), relationRecords(), true)],
    ['documents.csv', () => writeTable(join(dir, 'documents.csv'), DOCUMENTS_TABLE, docRecords())],
    ['entities.csv', () => writeTable(join(dir, 'entities.csv'), ENTITIES_TABLE, entityRecords())],
    ['mentions.csv', () => writeTable(join(dir, 'mentions.csv'), MENTIONS_TABLE, entityRecords())],
    ['roles.csv', () => writeTable(join(dir, 'roles.csv'), ROLES_TABLE, entityRecords())],
    ['statements.csv', () => writeTable(join(dir, 'statements.csv'), STATEMENTS_TABLE, entityRecords())],
    ['events.csv', () => writeTable(join(dir, 'events.csv'), EVENTS_TABLE, eventRecords())],
    ['targets.csv', () => writeTable(join(dir, 'targets.csv'), TARGETS_TABLE, targetRecords())],
    ['target-figures.csv', () => writeTable(join(dir, 'target-figures.csv'), TARGET_FIGURES_TABLE, targetRecords())],
    ['facts.csv', () => writeTable(join(dir, 'facts.csv'), FACTS_TABLE, facts)],
    ['relations.csv', () => writeTable(join(dir, 'relations.csv'), RELATIONS_TABLE, relationRecords())],
  ];
  // Files are written a few at a time, so that gzip (on libuv's threads) and the disk overlap the serializing.
  const written = new Map<string, DataFile>();
  await eachLimited(jobs, 4, async ([name, write]) => {
    const { bytes, gzipBytes } = await write();
    const keepGzip = gzipBytes !== null && bytes > GZIP_OVER;
    if (gzipBytes !== null && !keepGzip) await unlink(join(dir, `${name}.gz`));
    written.set(name, { name, bytes, gzipBytes: keepGzip ? gzipBytes : null });
  });
  return jobs.map(([name]) => written.get(name)!);
}
