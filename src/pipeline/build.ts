import type { VFile } from 'vfile';
import { DocumentSchema, type DocumentData } from '../schemas/document.ts';
import type { Entity, KnownEntity } from '../schemas/entity.ts';
import { findBoilerplate } from './clean/boilerplate.ts';
import type { Removed } from './clean/body.ts';
import { clean } from './clean/index.ts';
import type { BlockAnnotations } from './emit.ts';
import { emitHtml } from './emit-html.ts';
import { entityPages, type EntityPages } from './publish/entity-pages.ts';
import { previewId } from '../lib/urls.ts';
import { documentSentences, extractMentions, PARSERS } from './extract/extract.ts';
import { knownParser } from './extract/known-parser.ts';
import { resolveEntities, type DocumentFindings } from './extract/resolve.ts';
import { findStatements } from './extract/statements.ts';
import { ingest } from './ingest.ts';
import { inferMetadata } from './metadata.ts';
import { readSidecar } from './sidecar.ts';
import { documentId } from './slug.ts';
import { readTimes } from './time/read-times.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import type { Block, Ingested, RawInput } from './types.ts';

const EXCERPT_MAX = 280;

/** One text, built. */
export interface BuiltDocument {
  data: DocumentData;
  /** The page's body as an HTML fragment (links relative to the page, so any base path works). */
  html: string;
  /** The entities the text names, with how many times, most named first. */
  named: { entity: string; count: number }[];
  blocks: Block[];
  /** Per block: its linked mentions and speaker. */
  annotations: BlockAnnotations[];
  /** Lines left out as site chrome, for review. */
  removed: Removed[];
}

/** Everything a build produced: the documents, the entities, the timeline, and every file with its messages. */
export interface CorpusResult extends Timeline {
  documents: BuiltDocument[];
  entities: Entity[];
  /** Each entity's summary and the lists of its pages. */
  entityPages: EntityPages[];
  files: VFile[];
}

/** Options of a build. */
export interface CorpusOptions {
  /** The curated list of well-known entities. */
  known?: KnownEntity[];
}

/**
 * Builds a corpus: ingest → clean → metadata → extract for every input in path order, then
 * resolve entities across the texts, read the timeline (events, milestones, targets, facts),
 * and emit every page with its mentions linked.
 * A file that cannot be used is reported and skipped; the others still build.
 */
export function buildCorpus(inputs: RawInput[], options: CorpusOptions = {}): CorpusResult {
  const known = options.known ?? [];
  const parsers = [...PARSERS, knownParser(known)];
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: VFile[] = [];
  const ingested: { input: RawInput; result: Ingested }[] = [];
  for (const input of sorted) {
    const { file, result } = ingest(input);
    files.push(file);
    if (result) ingested.push({ input, result });
  }
  const boilerplate = findBoilerplate(ingested.map((i) => i.result.text));
  const prepared: { data: DocumentData; blocks: Block[]; removed: Removed[]; findings: DocumentFindings }[] = [];
  const ids = new Set<string>();
  for (const { input, result } of ingested) {
    const { file, text } = result;
    const sidecar = input.sidecar ? readSidecar(input.sidecar.path, input.sidecar.bytes) : undefined;
    if (sidecar) files.push(sidecar.file);
    const cleaned = clean(file, text, { boilerplate });
    if (cleaned.blocks.length === 0) continue;
    const metadata = inferMetadata(cleaned, sidecar?.data);
    const id = uniqueId(documentId(input.path), ids, file);
    const lead = cleaned.blocks.find((b) => b.kind === 'paragraph') ?? cleaned.blocks[0]!;
    const parsed = DocumentSchema.safeParse({
      id,
      file: input.path,
      ...metadata,
      excerpt: excerpt(lead.text),
      blockCount: cleaned.blocks.length,
      wordCount: cleaned.blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0),
    });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      const message = file.message(`metadata does not fit the document schema (${issues}), skipped`, { ruleId: 'schema', source: 'metadata' });
      message.fatal = true;
      continue;
    }
    const mentions = extractMentions(cleaned.blocks, parsers);
    const statements = findStatements(cleaned.blocks, documentSentences(cleaned.blocks), mentions);
    prepared.push({ data: parsed.data, blocks: cleaned.blocks, removed: cleaned.removed, findings: { id, date: parsed.data.date, mentions, statements } });
  }
  const { entities, links, speakers } = resolveEntities(prepared.map((p) => p.findings), known);
  const annotations = new Map(prepared.map((p) => [p.data.id, p.blocks.map((): BlockAnnotations => ({ links: [] }))]));
  for (const link of links) annotations.get(link.document)![link.block]!.links!.push(link);
  for (const s of speakers) annotations.get(s.document)![s.block]!.speaker = s.entity;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const documents = prepared.map(({ data, blocks, removed }): BuiltDocument => {
    const blockAnnotations = annotations.get(data.id)!;
    const up = '../'.repeat(1 + data.id.split('/').length);
    const html = emitHtml(blocks, blockAnnotations, {
      entityHref: (entity) => `${up}entities/${entity}/`,
      previewId,
      speakerName: (entity) => names.get(entity),
    });
    return { data, html, named: namedIn(blockAnnotations), blocks, annotations: blockAnnotations, removed };
  });
  const linksByDocument = Map.groupBy(links, (l) => l.document);
  const timeline = buildTimeline(prepared.map(({ data, blocks }) => ({
    id: data.id, date: data.date, blocks, sentences: documentSentences(blocks),
    times: readTimes(blocks, data.date), links: linksByDocument.get(data.id) ?? [],
  })), entities);
  return { documents, entities, entityPages: entityPages(entities, documents.map((d) => d.data)), ...timeline, files };
}

/** The entities a document's links name, most named first, ties by id. */
function namedIn(annotations: readonly BlockAnnotations[]): { entity: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const link of a.links ?? []) counts.set(link.entity, (counts.get(link.entity) ?? 0) + 1);
  return [...counts].map(([entity, count]) => ({ entity, count })).sort((a, b) => b.count - a.count || (a.entity < b.entity ? -1 : 1));
}

/** Keeps ids unique: a second `a-b` (from `a b.txt` and `a-b.txt`) becomes `a-b-2`, with a warning. */
function uniqueId(id: string, taken: Set<string>, file: VFile): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  if (unique !== id) file.message(`id "${id}" is taken by another text, using "${unique}"`, { ruleId: 'duplicate-id', source: 'emit' });
  taken.add(unique);
  return unique;
}

/** A paragraph cut to a listing-sized excerpt at a word boundary. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_MAX) return text;
  return `${text.slice(0, text.lastIndexOf(' ', EXCERPT_MAX))}…`;
}
