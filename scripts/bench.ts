/**
 * Benchmark of the content pipeline alone, in process: builds N synthetic texts (see
 * src/bench/synthetic-corpus.ts) with the curated list, cold and then from a warm per-text cache,
 * and prints time, throughput and memory. For the whole site, use bench-site.ts.
 * With --paragraph, it times each per-text stage instead on one paragraph of a megabyte of prose with no line break, twice: the
 * first run includes V8's compiling of the patterns, the second does not.
 * Usage: node scripts/bench.ts [--texts 5000] [--seed 1] | [--paragraph]
 */
import { parseArgs } from 'node:util';
import { PROSE_SENTENCE, STAGES, timeStages } from '../src/bench/stages.ts';
import { syntheticCorpus } from '../src/bench/synthetic-corpus.ts';
import { buildCorpus } from '../src/pipeline/build.ts';
import type { StoredTimeline, TextAnalysis, TextCache } from '../src/pipeline/text-cache.ts';
import type { RawInput } from '../src/pipeline/types.ts';
import { readKnownEntities } from './lib/read-known.ts';

const { values } = parseArgs({ options: {
  texts: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, paragraph: { type: 'boolean', default: false },
} });
if (values.paragraph) {
  const paragraph = PROSE_SENTENCE.repeat(Math.ceil((1 << 20) / PROSE_SENTENCE.length));
  for (const run of ['first run', 'second run']) {
    const ms = timeStages(paragraph)!;
    const total = Object.values(ms).reduce((a, b) => a + b);
    console.log(`${run}: ${STAGES.map((s) => `${s} ${ms[s].toFixed(0)} ms`).join(', ')}; all ${(total / 1000).toFixed(2)} s`);
  }
  process.exit(0);
}
const count = Number(values.texts);
const encoder = new TextEncoder();
const inputs: RawInput[] = syntheticCorpus(count, Number(values.seed)).map((t) => ({
  path: t.path, bytes: encoder.encode(t.text), ...(t.sidecar ? { sidecar: { path: t.sidecar.path, bytes: encoder.encode(t.sidecar.text) } } : {}),
}));
const megabytes = inputs.reduce((s, i) => s + i.bytes.length, 0) / 1e6;
const { known } = await readKnownEntities('data/known-entities.yaml');

/**
 * A cache in memory, so that the warm run measures the pipeline rather than the disk. Timeline findings are kept as JSON,
 * as the file cache keeps them: the build numbers their facts in place.
 */
const entries = new Map<string, TextAnalysis>();
const timelines = new Map<string, string>();
const cache: TextCache = {
  get: (key) => entries.get(key), set: (key, value) => { entries.set(key, value); },
  getTimeline: (key) => { const json = timelines.get(key); return json === undefined ? undefined : JSON.parse(json) as StoredTimeline; },
  setTimeline: (key, value) => { timelines.set(key, JSON.stringify(value)); },
};

const time = (run: () => ReturnType<typeof buildCorpus>) => {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
};
const cold = time(() => buildCorpus(inputs, { known, cache }));
const warm = time(() => buildCorpus(inputs, { known, cache }));
const { documents, entities, events, targets, relations, files } = cold.result;

const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
line('texts', count);
line('input size', `${megabytes.toFixed(1)} MB`);
line('documents, entities, events, targets', `${documents.length}, ${entities.length}, ${events.length}, ${targets.length}`);
line('relations between instruments', relations.length);
line('messages', files.reduce((s, f) => s + f.messages.length, 0));
line('cold time', `${(cold.ms / 1000).toFixed(2)} s (${(cold.ms / count).toFixed(2)} ms per text, ${(megabytes / (cold.ms / 1000)).toFixed(2)} MB/s)`);
line('warm time (every text and timeline from the cache)', `${(warm.ms / 1000).toFixed(2)} s (${(warm.ms / count).toFixed(2)} ms per text)`);
line('peak memory', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
