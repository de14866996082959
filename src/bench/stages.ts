import { performance } from 'node:perf_hooks';
import { clean } from '../../src/pipeline/clean/index.ts';
import { findEvents } from '../../src/pipeline/events/event-parser.ts';
import type { DocumentTimeline } from '../../src/pipeline/events/types.ts';
import { documentSentences, extractMentions } from '../../src/pipeline/extract/extract.ts';
import { resolveEntities } from '../../src/pipeline/extract/resolve.ts';
import { findStatements } from '../../src/pipeline/extract/statements.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { inferMetadata } from '../../src/pipeline/metadata.ts';
import { findTargets } from '../../src/pipeline/targets/find-targets.ts';
import { readTimes } from '../../src/pipeline/time/read-times.ts';
import { findRelations } from '../../src/pipeline/relations/relation-reader.ts';
import type { Mention } from '../../src/pipeline/extract/types.ts';

/** The per-text stages, in pipeline order. */
export const STAGES = ['clean', 'metadata', 'entities', 'relations', 'dates', 'events', 'targets'] as const;
/** One per-text stage. */
export type Stage = (typeof STAGES)[number];

/**
 * Runs one text through every per-text stage, as buildCorpus does (ingest → clean → metadata →
 * mentions and statements, resolved → relations → dates → events → targets), and returns each stage's time in ms,
 * or null when ingest skips the text (binary, empty). Throws whatever a stage throws. Stages in
 * `skip` are not run (0 ms): without entities, the later stages see no mentions.
 */
export function timeStages(text: string, skip: readonly Stage[] = []): Record<Stage, number> | null {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const timed = <T>(stage: Stage, run: () => T, skipped?: () => T): T => {
    if (skipped && skip.includes(stage)) return skipped();
    const start = performance.now();
    const out = run();
    ms[stage] = performance.now() - start;
    return out;
  };
  const { file, result } = ingest({ path: 'seeds/random.txt', bytes: new TextEncoder().encode(text) });
  if (!result) return null;
  const cleaned = timed('clean', () => clean(file, result.text));
  const metadata = timed('metadata', () => inferMetadata(cleaned));
  const { blocks } = cleaned;
  const { sentences, links, mentions } = timed('entities', () => {
    const sentences = documentSentences(blocks);
    const mentions = extractMentions(blocks, undefined, undefined, sentences);
    const statements = findStatements(blocks, sentences, mentions);
    return { sentences, mentions, links: resolveEntities([{ id: 'random', date: metadata.date, mentions, statements }], []).links };
  }, () => ({ sentences: documentSentences(blocks), mentions: [] as Mention[], links: [] }));
  timed('relations', () => findRelations(blocks, sentences, mentions));
  const times = timed('dates', () => readTimes(blocks, metadata.date, undefined, undefined, sentences));
  const doc: DocumentTimeline = { id: 'random', date: metadata.date, blocks, sentences, times, links };
  timed('events', () => findEvents(doc, new Map()), () => []);
  timed('targets', () => findTargets(doc), () => null);
  return ms;
}
