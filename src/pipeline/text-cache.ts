import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { Removed } from './clean/body.ts';
import type { DocumentTimeline, EntityLookup } from './events/types.ts';
import type { Link } from './extract/resolve.ts';
import type { Attribution } from './extract/statements.ts';
import type { Sentence } from './extract/sentences.ts';
import type { Mention } from './extract/types.ts';
import type { Metadata } from './metadata.ts';
import type { RelationCandidate } from './relations/types.ts';
import type { TimeExpression } from './time/types.ts';
import type { DocumentTimelineFindings } from './timeline.ts';
import type { Block } from './types.ts';

/**
 * Version of the stages whose findings are cached (clean, metadata, extract, statements, dates, relations, and each
 * document's timeline). Part of every cache key: bump it whenever one of those stages changes what it produces or the
 * cache's format changes. (The content build adds a hash of the source files to it, see scripts/lib/source-version.ts,
 * so a forgotten bump does not serve stale findings there; tests and the benchmark use it alone.)
 */
export const PIPELINE_VERSION = '2026-12-06.923';

/** A diagnostic as JSON: enough to give the same message again. */
export interface StoredMessage {
  reason: string;
  place?: { line: number; column: number } | { start: { line: number; column: number }; end: { line: number; column: number } };
  ruleId?: string;
  source?: string;
  fatal?: boolean;
}

/** What the per-text stages found in one text: everything but what depends on the other texts. */
export interface TextAnalysis {
  /** Messages the stages added to the text's file, and to its sidecar's. */
  messages: StoredMessage[];
  sidecarMessages: StoredMessage[];
  /** Null when nothing was left after cleaning (the text is skipped). */
  found: {
    metadata: Metadata;
    excerpt: string;
    wordCount: number;
    blocks: Block[];
    removed: Removed[];
    mentions: Mention[];
    statements: Attribution[];
    times: TimeExpression[];
    /** Relations between instruments the text states, by the places of their mentions. */
    relations: RelationCandidate[];
  } | null;
}

/**
 * What the timeline stage found in one document, with what it read of the entities to find it: each entity id it
 * looked up, and the facts it was given as JSON (null for none). The findings hold again while every one of those
 * lookups gives the same facts (see timelineKey).
 */
export interface StoredTimeline {
  reads: [string, string][];
  findings: DocumentTimelineFindings;
}

/** Where analyses are kept between builds; keys are content hashes (see textKey and timelineKey). */
export interface TextCache {
  get(key: string): TextAnalysis | undefined;
  set(key: string, analysis: TextAnalysis): void;
  /** A document's timeline findings (optional: without them the timeline stage reads every document on every build). */
  getTimeline?(key: string): StoredTimeline | undefined;
  setTimeline?(key: string, stored: StoredTimeline): void;
}

/**
 * The cache key of a text: a hash of the pipeline version, the curated list, the text's path and
 * bytes, its sidecar, and the cross-document boilerplate lines found at its edges (the one input
 * of the per-text stages that comes from the other texts).
 */
export function textKey(parts: { version: string; known: string; path: string; bytes: Uint8Array; sidecar?: Uint8Array; boilerplate: string[] }): string {
  const hash = createHash('sha256');
  for (const part of [parts.version, parts.known, parts.path, parts.bytes, parts.sidecar ?? new Uint8Array(0), parts.boilerplate.join('\n')]) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(String(bytes.length)).update(':').update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The cache key of a document's timeline findings: a hash of its text's key, its id and its links (which depend on the
 * other texts, through the resolution of entities). What else the stage reads of the other texts, it reads through the
 * entity lookup, and the stored findings keep those reads to be checked (StoredTimeline).
 */
export function timelineKey(text: string, id: string, links: readonly Link[]): string {
  return createHash('sha256').update(text).update('\0').update(id).update('\0').update(JSON.stringify(links)).digest('hex');
}

/**
 * The timeline stage's findings for one document, from the cache when the document, its links and every entity fact the
 * stage read are as they were, else read by `read` (recording the entities it looks up) and stored.
 */
export function cachedTimeline(
  cache: TextCache, key: string, doc: DocumentTimeline, lookup: EntityLookup,
  read: (doc: DocumentTimeline, lookup: EntityLookup) => DocumentTimelineFindings,
): DocumentTimelineFindings {
  const factsOf = (id: string) => JSON.stringify(lookup.get(id) ?? null);
  const stored = cache.getTimeline?.(key);
  if (stored && stored.reads.every(([id, facts]) => factsOf(id) === facts)) return reviveSentences(stored.findings, doc);
  const reads = new Map<string, string>();
  const findings = read(doc, {
    get: (id) => {
      // (Each id once: the stages look the same entity up again and again.)
      if (!reads.has(id)) reads.set(id, factsOf(id));
      return lookup.get(id);
    },
  });
  cache.setTimeline?.(key, { reads: [...reads], findings });
  return findings;
}

/** Stored findings with each `sentence` object (a time's) the document's own again (see sentenceInterner). */
function reviveSentences<T>(value: T, doc: DocumentTimeline): T {
  const intern = sentenceInterner(doc.blocks, doc.sentences);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { for (const item of v) walk(item); return; }
    if (!v || typeof v !== 'object') return;
    const record = v as Record<string, unknown>;
    for (const [k, child] of Object.entries(record)) {
      if (k === 'sentence' && child && typeof child === 'object') record[k] = intern(child as Sentence);
      else walk(child);
    }
  };
  walk(value);
  return value;
}

/** A file's messages from index `from` on, as JSON. */
export function storeMessages(file: VFile, from = 0): StoredMessage[] {
  return file.messages.slice(from).map((m) => ({
    reason: m.reason,
    ...(m.place ? { place: JSON.parse(JSON.stringify(m.place)) as StoredMessage['place'] } : {}),
    ...(m.ruleId ? { ruleId: m.ruleId } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...(m.fatal ? { fatal: true } : {}),
  }));
}

/** Gives stored messages to a file again, in order. */
export function replayMessages(file: VFile, messages: readonly StoredMessage[]): void {
  for (const m of messages) {
    const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
    if (m.fatal) message.fatal = true;
  }
}

/**
 * Re-links a restored analysis to one object per sentence, as the stages made it: JSON gives each
 * mention, statement and date its own copy of its sentence.
 */
export function internSentences(analysis: NonNullable<TextAnalysis['found']>, sentences: readonly Sentence[]): void {
  const intern = sentenceInterner(analysis.blocks, sentences);
  for (const m of analysis.mentions) m.sentence = intern(m.sentence);
  for (const a of analysis.statements) { a.sentence = intern(a.sentence); a.speaker.sentence = intern(a.speaker.sentence); }
  for (const t of analysis.times) t.sentence = intern(t.sentence);
}

/**
 * A stored sentence as the document's own object, found by its place (block, start and end); one that is no sentence of
 * the document (a quotation read whole across its sentences, see statements.ts) is made again from its block's text, as
 * the stage made it. The file cache keeps a sentence by its place alone (see scripts/lib/file-cache.ts).
 */
function sentenceInterner(blocks: readonly Block[], sentences: readonly Sentence[]): (s: Sentence) => Sentence {
  const place = (s: Pick<Sentence, 'block' | 'start' | 'end'>) => `${s.block}:${s.start}:${s.end}`;
  const byPlace = new Map(sentences.map((s) => [place(s), s]));
  return (s) => {
    const own = byPlace.get(place(s));
    if (own) return own;
    const text = blocks[s.block]?.text.slice(s.start, s.end).trim();
    return text === undefined ? s : { block: s.block, start: s.start, end: s.end, text };
  };
}
