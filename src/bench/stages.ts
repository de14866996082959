import { performance } from 'node:perf_hooks';
import { clean } from '../pipeline/clean/index.ts';
import { findEvents } from '../pipeline/events/event-parser.ts';
import type { DocumentTimeline, EventCandidate } from '../pipeline/events/types.ts';
import { documentSentences, extractMentions } from '../pipeline/extract/extract.ts';
import { resolveEntities } from '../pipeline/extract/resolve.ts';
import { findStatements } from '../pipeline/extract/statements.ts';
import { ingest } from '../pipeline/ingest.ts';
import { inferMetadata } from '../pipeline/metadata.ts';
import { findTargets, type TargetCandidate } from '../pipeline/targets/find-targets.ts';
import { readTimes } from '../pipeline/time/read-times.ts';
import { findRelations } from '../pipeline/relations/relation-reader.ts';
import type { Mention } from '../pipeline/extract/types.ts';

/** A sentence of policy prose with a person and a title, an act on a date, and a target with its benchmark. */
export const PROSE_SENTENCE = 'The Politburo adopted Resolution 57-NQ/TW on 22 December 2024, and General Secretary Tô Lâm said that by 2030 the '
  + 'digital economy will reach 30% of GDP (the country: 20%). ';

/** The per-text stages, in pipeline order. */
export const STAGES = ['clean', 'metadata', 'entities', 'relations', 'dates', 'events', 'targets'] as const;
/** One per-text stage. */
export type Stage = (typeof STAGES)[number];

/** What the stages found in a text, beside each stage's time in ms. */
export interface StagesRun {
  ms: Record<Stage, number>;
  mentions: Mention[];
  events: EventCandidate[];
  targets: TargetCandidate[];
}

/**
 * Runs one text through every per-text stage, as buildCorpus does (ingest → clean → metadata →
 * mentions and statements, resolved → relations → dates → events → targets), and returns each stage's time in ms,
 * or null when ingest skips the text (binary, empty). Throws whatever a stage throws. Stages in
 * `skip` are not run (0 ms): without entities, the later stages see no mentions.
 */
export function timeStages(text: string, skip: readonly Stage[] = []): Record<Stage, number> | null {
  return runStages(text, skip)?.ms ?? null;
}

/** timeStages, with what the entity, event and target stages found. */
export function runStages(text: string, skip: readonly Stage[] = []): StagesRun | null {
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
  const events = timed('events', () => findEvents(doc, new Map()), () => []);
  const targets = timed('targets', () => findTargets(doc).targets, () => []);
  return { ms, mentions, events, targets };
}
