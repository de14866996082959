import { VFile } from 'vfile';
import { DocumentSchema, type DocumentData } from '../schemas/document.ts';
import type { Entity, KnownEntity } from '../schemas/entity.ts';
import { boilerplateIn, findBoilerplate } from './clean/boilerplate.ts';
import type { Removed } from './clean/body.ts';
import { clean } from './clean/index.ts';
import { logicalLines } from './clean/lines.ts';
import type { BlockAnnotations } from './emit.ts';
import { emitHtml } from './emit-html.ts';
import { entityPages, type EntityPages } from './publish/entity-pages.ts';
import { previewId } from '../lib/urls.ts';
import { documentSentences, extractMentions, PARSERS } from './extract/extract.ts';
import type { Sentence } from './extract/sentences.ts';
import type { Parser } from './extract/types.ts';
import { knownParser } from './extract/known-parser.ts';
import { resolveEntities, type DocumentFindings } from './extract/resolve.ts';
import { findStatements } from './extract/statements.ts';
import { ingest } from './ingest.ts';
import { dateInstrumentsFromEvents } from './instrument-event-dates.ts';
import { inferMetadata } from './metadata.ts';
import { readSidecar } from './sidecar.ts';
import { documentId } from './slug.ts';
import { uniqueIds } from './unique-ids.ts';
import { countWords } from './whitespace.ts';
import { formatIssues } from './zod-issues.ts';
import { readTimes } from './time/read-times.ts';
import type { TimeExpression } from './time/types.ts';
import {
  cachedTimeline, internSentences, PIPELINE_VERSION, replayMessages, storeMessages, textKey, timelineKey, type TextAnalysis, type TextCache,
} from './text-cache.ts';
import { buildTimeline, documentTimeline, type Timeline } from './timeline.ts';
import { findRelations } from './relations/relation-reader.ts';
import { linkRelations } from './relations/link-relations.ts';
import { mergeRelations, type InstrumentFacts } from './relations/merge-relations.ts';
import type { RelationCandidate } from './relations/types.ts';
import { lineageNodes } from './publish/lineage.ts';
import type { Relation } from '../schemas/relation.ts';
import type { LineageNode } from '../schemas/lineage.ts';
import type { Block, Ingested, Line, RawInput } from './types.ts';

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
  /** Relations between instruments, merged across the texts, conflicts flagged. */
  relations: Relation[];
  /** Each instrument in a relation, with its parents, children and other relations. */
  lineage: LineageNode[];
  files: VFile[];
}

/** Options of a build. */
export interface CorpusOptions {
  /** The curated list of well-known entities. */
  known?: KnownEntity[];
  /** Keeps each text's per-text results between builds, by content hash (see text-cache.ts). */
  cache?: TextCache;
  /** The pipeline version in cache keys (default PIPELINE_VERSION). */
  version?: string;
  /** The folder the input paths start with, which document ids leave out (default `seeds`). */
  root?: string;
  /** Told after each text is analysed, so that a script can show how far a long build has got. */
  onProgress?: (step: string, done: number, total: number) => void;
}

/**
 * Builds a corpus: ingest → clean → metadata → extract (mentions, statements, dates, relations)
 * for every input in path order, then resolve entities across the texts, read the timeline
 * (events, milestones, targets, facts), merge the relations between instruments and lay out
 * their lineage, and emit every page with its mentions linked.
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
  const knownKey = JSON.stringify(known);
  const prepared: {
    data: DocumentData; blocks: Block[]; removed: Removed[]; sentences: Sentence[]; times: TimeExpression[];
    relations: RelationCandidate[]; findings: DocumentFindings; key: string | undefined;
  }[] = [];
  const ids = uniqueIds();
  for (const [index, { input, result }] of ingested.entries()) {
    options.onProgress?.('Analysing texts', index, ingested.length);
    const { file, text } = result;
    // The text's lines, split once for the cache key and the cleaner.
    let lines: Line[] | undefined;
    const key = options.cache && textKey({
      version: options.version ?? PIPELINE_VERSION, known: knownKey, path: input.path, bytes: input.bytes,
      sidecar: input.sidecar?.bytes, boilerplate: boilerplate.size === 0 ? [] : boilerplateIn(text, boilerplate, (lines = logicalLines(text))),
    });
    let analysis = key ? options.cache!.get(key) : undefined;
    let sentences: Sentence[] | undefined;
    if (analysis) replayMessages(file, analysis.messages);
    else {
      ({ analysis, sentences } = analyzeText(input, result, boilerplate, parsers, lines));
      if (key) options.cache!.set(key, analysis);
    }
    if (input.sidecar) {
      const sidecarFile = new VFile({ path: input.sidecar.path });
      replayMessages(sidecarFile, analysis.sidecarMessages);
      files.push(sidecarFile);
    }
    const found = analysis.found;
    if (!found) continue;
    if (!sentences) {
      // Restored from the cache: one object per sentence again, as the stages made them.
      sentences = documentSentences(found.blocks);
      internSentences(found, sentences);
    }
    const id = uniqueId(documentId(input.path, options.root), ids, file);
    const parsed = DocumentSchema.safeParse({
      id, file: input.path, ...found.metadata, excerpt: found.excerpt, blockCount: found.blocks.length, wordCount: found.wordCount,
    });
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      const message = file.message(`metadata does not fit the document schema (${issues}), skipped`, { ruleId: 'schema', source: 'metadata' });
      message.fatal = true;
      continue;
    }
    const { blocks, removed, mentions, statements, times, relations } = found;
    prepared.push({ data: parsed.data, blocks, removed, sentences, times, relations, findings: { id, date: parsed.data.date, mentions, statements }, key });
  }
  options.onProgress?.('Analysing texts', ingested.length, ingested.length);
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
  // Each document's timeline findings are kept with its text's analysis, under its links too (see timelineKey).
  const textKeys = new Map(prepared.map((p) => [p.data.id, p.key]));
  const cache = options.cache;
  const timeline = buildTimeline(prepared.map(({ data, blocks, removed, sentences, times }) => ({
    id: data.id, title: data.title, date: data.date, blocks, sentences, times, links: linksByDocument.get(data.id) ?? [],
    heading: removed.filter((r) => r.reason === 'header').map((r) => r.text),
  })), entities, (doc, lookup) => {
    const key = textKeys.get(doc.id);
    return cache && key ? cachedTimeline(cache, timelineKey(key, doc.id, doc.links), doc, lookup, documentTimeline) : documentTimeline(doc, lookup);
  });
  dateInstrumentsFromEvents(entities, timeline.events);
  const relations = mergeRelations(
    prepared.flatMap((p) => linkRelations(p.data.id, p.relations, linksByDocument.get(p.data.id) ?? [])),
    instrumentFacts(entities), new Map(prepared.map((p, i) => [p.data.id, i])),
  );
  return {
    documents, entities, entityPages: entityPages(entities, documents.map((d) => d.data)), ...timeline,
    relations, lineage: lineageNodes(relations, entities), files,
  };
}

/** What merging relations needs of each instrument: its name, date and issuer level. */
function instrumentFacts(entities: readonly Entity[]): Map<string, InstrumentFacts> {
  const facts = new Map<string, InstrumentFacts>();
  for (const e of entities) if ('number' in e) facts.set(e.id, { name: e.name, date: e.date, level: e.level });
  return facts;
}

/**
 * The per-text stages of one text: sidecar, clean, metadata, mentions, statements, dates and the
 * relations between instruments it states.
 * Depends on the other texts only through `boilerplate`; the analysis is what the cache keeps,
 * and the sentences (split once, shared by every stage) go on to the timeline.
 */
function analyzeText(
  input: RawInput, { file, text }: Ingested, boilerplate: Set<string>, parsers: Parser[], lines?: Line[],
): { analysis: TextAnalysis; sentences: Sentence[] } {
  const before = file.messages.length;
  const sidecar = input.sidecar ? readSidecar(input.sidecar.path, input.sidecar.bytes) : undefined;
  const cleaned = clean(file, text, { boilerplate, lines });
  const stored = () => ({ messages: storeMessages(file, before), sidecarMessages: sidecar ? storeMessages(sidecar.file) : [] });
  if (cleaned.blocks.length === 0) return { analysis: { ...stored(), found: null }, sentences: [] };
  const metadata = inferMetadata(cleaned, sidecar?.data);
  const { blocks } = cleaned;
  const lead = blocks.find((b) => b.kind === 'paragraph') ?? blocks[0]!;
  const sentences = documentSentences(blocks);
  const mentions = extractMentions(blocks, parsers, undefined, sentences, metadata.title);
  const statements = findStatements(blocks, sentences, mentions);
  const analysis: TextAnalysis = {
    ...stored(),
    found: {
      metadata, excerpt: excerpt(lead.text), wordCount: blocks.reduce((n, b) => n + countWords(b.text), 0),
      blocks, removed: cleaned.removed, mentions, statements, times: readTimes(blocks, metadata.date, undefined, undefined, sentences),
      relations: findRelations(blocks, sentences, mentions),
    },
  };
  return { analysis, sentences };
}

/** The entities a document's links name, most named first, ties by id. */
function namedIn(annotations: readonly BlockAnnotations[]): { entity: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const link of a.links ?? []) counts.set(link.entity, (counts.get(link.entity) ?? 0) + 1);
  return [...counts].map(([entity, count]) => ({ entity, count })).sort((a, b) => b.count - a.count || (a.entity < b.entity ? -1 : 1));
}

/** Keeps ids unique: a second `a-b` (from `a b.txt` and `a-b.txt`) becomes `a-b-2`, with a warning. */
function uniqueId(id: string, unique: (id: string) => string, file: VFile): string {
  const chosen = unique(id);
  if (chosen !== id) file.message(`id "${id}" is taken by another text, using "${chosen}"`, { ruleId: 'duplicate-id', source: 'emit' });
  return chosen;
}

/** A paragraph cut to a listing-sized excerpt at a word boundary. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_MAX) return text;
  return `${text.slice(0, text.lastIndexOf(' ', EXCERPT_MAX))}…`;
}
