import type { DocumentData } from '../schemas/document.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Fact } from '../schemas/target.ts';
import type { DocumentRecord, EntityRecord, EventRecord, RelationRecord, TargetRecord } from '../schemas/open-data.ts';
import type { Relation } from '../schemas/relation.ts';
import type { Cell } from './csv.ts';

/** The open-data record of a document, with its page path under the given base. */
export function documentRecord(data: DocumentData, path: string): DocumentRecord {
  return {
    id: data.id, file: data.file, title: data.title, titleSource: data.titleSource, date: data.date,
    datePrecision: data.datePrecision, dateSource: data.dateSource, dateNote: data.dateNote, source: data.source,
    url: data.url, language: data.language, languages: data.languages, paragraphs: data.blockCount,
    words: data.wordCount, path,
  };
}

/** The open-data record of an entity: the entity with its page path. */
export const entityRecord = (entity: Entity, path: string): EntityRecord => ({ ...entity, path });

/** The open-data record of a relation: the relation with its instruments' names and the paths of their pages (`path` of an entity id). */
export const relationRecord = (relation: Relation, nameOf: (id: string) => string, path: (entity: string) => string): RelationRecord => ({
  ...relation, fromName: nameOf(relation.from), toName: nameOf(relation.to), fromPath: path(relation.from), toPath: path(relation.to),
});

/** A CSV table of the open data: its columns, and the rows one record gives (none, one or many). */
export interface Table<R> {
  name: string;
  columns: readonly string[];
  rows: (record: R) => Cell[][];
}

const documentColumns = [
  'id', 'file', 'title', 'titleSource', 'date', 'datePrecision', 'dateSource',
  'source', 'url', 'language', 'languages', 'paragraphs', 'words', 'path',
] as const;

/** documents.csv: one row per document. */
export const DOCUMENTS_TABLE: Table<DocumentRecord> = {
  name: 'documents',
  columns: documentColumns,
  rows: (r) => [documentColumns.map((c) => (Array.isArray(r[c]) ? (r[c] as string[]).join(' ') : r[c]))],
};

/** entities.csv: one row per entity, with counts and the attributes of instruments (the issuer level last: columns are only added at the end). */
export const ENTITIES_TABLE: Table<EntityRecord> = {
  name: 'entities',
  columns: ['id', 'type', 'name', 'aliases', 'description', 'mentions', 'documents', 'number', 'code', 'issuer', 'date', 'title', 'path', 'level'],
  rows: (e) => {
    const instrument = 'number' in e ? e : undefined;
    return [[e.id, e.type, e.name, e.aliases.join('; '), e.description, e.mentions.length, e.documents.join(' '),
      instrument?.number, instrument?.code, instrument?.issuer, instrument?.date, instrument?.title, e.path, instrument?.level]];
  },
};

/** mentions.csv: one row per mention, with its provenance. */
export const MENTIONS_TABLE: Table<EntityRecord> = {
  name: 'mentions',
  columns: ['entity', 'type', 'document', 'paragraph', 'start', 'end', 'text', 'sentence'],
  rows: (e) => e.mentions.map((m) => [e.id, e.type, m.document, m.paragraph, m.start, m.end, m.text, m.sentence]),
};

/** roles.csv: one row per title a text gives a person. */
export const ROLES_TABLE: Table<EntityRecord> = {
  name: 'roles',
  columns: ['person', 'name', 'title', 'document', 'date', 'paragraph', 'sentence'],
  rows: (e) => (e.type === 'person' ? e.roles.map((r) => [e.id, e.name, r.title, r.document, r.date, r.paragraph, r.sentence]) : []),
};

/** statements.csv: one row per statement a text attributes to a person. */
export const STATEMENTS_TABLE: Table<EntityRecord> = {
  name: 'statements',
  columns: ['person', 'name', 'kind', 'document', 'date', 'paragraph', 'sentence'],
  rows: (e) => (e.type === 'person' ? e.statements.map((s) => [e.id, e.name, s.kind, s.document, s.date, s.paragraph, s.sentence]) : []),
};

/** events.csv: one row per event or milestone; participants and sources joined by spaces. */
export const EVENTS_TABLE: Table<EventRecord> = {
  name: 'events',
  columns: ['id', 'kind', 'title', 'date', 'precision', 'from', 'to', 'inferred', 'place', 'participants', 'documents', 'sources', 'path'],
  rows: (e) => [[e.id, e.kind, e.title, e.date, e.precision, e.from, e.to, e.inferred.join('; '), e.place, e.participants.join(' '),
    [...new Set(e.sources.map((s) => s.document))].join(' '), e.sources.map((s) => `${s.document}#${s.paragraph}`).join(' '), e.path]],
};

/**
 * targets.csv: one row per target (max: top of a range; benchmark: the value a local target is set against);
 * sources as document#paragraph, conflicts as target ids.
 */
export const TARGETS_TABLE: Table<TargetRecord> = {
  name: 'targets',
  columns: [
    'id', 'metric', 'comparator', 'value', 'max', 'unit', 'deadline', 'baseline', 'benchmark',
    'scope', 'qualitative', 'statement', 'sources', 'conflicts', 'path',
  ],
  rows: (t) => [[
    t.id, t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.baseline?.text, t.benchmark?.value,
    t.scope, String(t.qualitative), t.statement,
    t.sources.map((s) => `${s.document}#${s.paragraph}`).join(' '), t.conflicts.join(' '), t.path,
  ]],
};

/** facts.csv: one row per stated figure. */
export const FACTS_TABLE: Table<Fact> = {
  name: 'facts',
  columns: ['id', 'value', 'unit', 'text', 'metric', 'date', 'dated', 'scope', 'document', 'paragraph', 'sentence'],
  rows: (f) => [[f.id, f.value, f.unit, f.text, f.metric, f.date, f.dated, f.scope, f.document, f.paragraph, f.sentence]],
};

/** target-figures.csv: one row per figure stated for a target's metric (its baseline, values reported), as reported by the texts. */
export const TARGET_FIGURES_TABLE: Table<TargetRecord> = {
  name: 'target-figures',
  columns: ['target', 'kind', 'value', 'date', 'text', 'fact', 'document', 'paragraph', 'sentence'],
  rows: (t) => t.figures.map((f) => [t.id, f.kind, f.value, f.date, f.text, f.fact, f.document, f.paragraph, f.sentence]),
};

/** relations.csv: one row per relation; sources as document#paragraph, conflicts as relation ids. */
export const RELATIONS_TABLE: Table<RelationRecord> = {
  name: 'relations',
  columns: ['id', 'kind', 'from', 'fromName', 'to', 'toName', 'body', 'bodyEntity', 'conflict', 'conflicts', 'documents', 'sources', 'cues'],
  rows: (r) => [[r.id, r.kind, r.from, r.fromName, r.to, r.toName, r.body, r.bodyEntity, r.conflict, r.conflicts.join(' '),
    [...new Set(r.sources.map((s) => s.document))].join(' '), r.sources.map((s) => `${s.document}#${s.paragraph}`).join(' '),
    [...new Set(r.sources.map((s) => s.cue))].join('; ')]],
};
