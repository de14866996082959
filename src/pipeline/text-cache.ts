import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { Removed } from './clean/body.ts';
import type { Attribution } from './extract/statements.ts';
import type { Sentence } from './extract/sentences.ts';
import type { Mention } from './extract/types.ts';
import type { Metadata } from './metadata.ts';
import type { RelationCandidate } from './relations/types.ts';
import type { TimeExpression } from './time/types.ts';
import type { Block } from './types.ts';

/**
 * Version of the per-text stages (clean, metadata, extract, statements, dates, relations). Part of
 * every cache key: bump it whenever one of those stages changes what it produces.
 */
export const PIPELINE_VERSION = '2026-12-03.261';

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

/** Where analyses are kept between builds; keys are content hashes (see textKey). */
export interface TextCache {
  get(key: string): TextAnalysis | undefined;
  set(key: string, analysis: TextAnalysis): void;
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
  const byStart = new Map(sentences.map((s) => [`${s.block}:${s.start}`, s]));
  const intern = (s: Sentence) => byStart.get(`${s.block}:${s.start}`) ?? s;
  for (const m of analysis.mentions) m.sentence = intern(m.sentence);
  for (const a of analysis.statements) { a.sentence = intern(a.sentence); a.speaker.sentence = intern(a.speaker.sentence); }
  for (const t of analysis.times) t.sentence = intern(t.sentence);
}
