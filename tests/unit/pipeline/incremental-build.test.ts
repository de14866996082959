import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../src/bench/synthetic-corpus.ts';
import { buildCorpus, type CorpusResult } from '../../../src/pipeline/build.ts';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';
import type { TextAnalysis, TextCache } from '../../../src/pipeline/text-cache.ts';
import type { RawInput } from '../../../src/pipeline/types.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** A cache in memory that counts what it served, stored as JSON as the file cache does. */
class MemoryCache implements TextCache {
  entries = new Map<string, string>();
  hits = 0;
  misses = 0;
  get(key: string): TextAnalysis | undefined {
    const json = this.entries.get(key);
    if (json === undefined) { this.misses++; return undefined; }
    this.hits++;
    return JSON.parse(json) as TextAnalysis;
  }
  set(key: string, analysis: TextAnalysis): void {
    this.entries.set(key, JSON.stringify(analysis));
  }
}

/** Twelve synthetic texts (with their sidecars), plus one bad file and one with a broken sidecar, so that diagnostics are cached too. */
function corpus(): RawInput[] {
  const inputs: RawInput[] = syntheticCorpus(12, 7).map((t) => ({
    path: t.path, bytes: encode(t.text), ...(t.sidecar ? { sidecar: { path: t.sidecar.path, bytes: encode(t.sidecar.text) } } : {}),
  }));
  inputs.push({ path: 'seeds/empty.txt', bytes: new Uint8Array(0) });
  inputs.push({ path: 'seeds/broken-sidecar.txt', bytes: inputs[0]!.bytes, sidecar: { path: 'seeds/broken-sidecar.meta.json', bytes: encode('{"title": 5') } });
  return inputs;
}

/** Everything a build gives, as it is written: pages, entities, timeline, and every message. */
function output(result: CorpusResult) {
  return JSON.stringify({
    documents: result.documents.map((d) => ({ data: d.data, html: d.html, named: d.named, removed: d.removed })),
    pages: result.entityPages, entities: result.entities, events: result.events, targets: result.targets, facts: result.facts,
    messages: result.files.flatMap((f) => f.messages.map(formatMessage)),
  });
}

const clean = (inputs: RawInput[]) => output(buildCorpus(inputs));

describe('an incremental build with the per-text cache', () => {
  it('gives a clean build\'s output, reusing every text the second time', () => {
    const inputs = corpus();
    const cache = new MemoryCache();
    expect(output(buildCorpus(inputs, { cache }))).toBe(clean(inputs));
    expect(cache.misses).toBe(inputs.length - 1);
    cache.hits = 0; cache.misses = 0;
    expect(output(buildCorpus(inputs, { cache }))).toBe(clean(inputs));
    expect(cache).toMatchObject({ hits: inputs.length - 1, misses: 0 });
  });

  it('re-runs only a changed text, and gives a clean build\'s output', () => {
    const inputs = corpus();
    const cache = new MemoryCache();
    buildCorpus(inputs, { cache });
    const changed = inputs.map((input, i) => (i === 3 ? { ...input, bytes: encode(`${new TextDecoder().decode(input.bytes)}\nThe ministry will report again by 2027.`) } : input));
    cache.hits = 0; cache.misses = 0;
    expect(output(buildCorpus(changed, { cache }))).toBe(clean(changed));
    expect(cache).toMatchObject({ hits: inputs.length - 2, misses: 1 });
  });

  it('re-runs a text whose sidecar changed, and gives a clean build\'s output', () => {
    const inputs = corpus();
    const cache = new MemoryCache();
    buildCorpus(inputs, { cache });
    const withSidecar = inputs.map((input, i) => (i === 2 ? { ...input, sidecar: { path: input.path.replace(/\.txt$/, '.meta.json'), bytes: encode('{"title": "A title given by hand", "date": "2025-02-03"}') } } : input));
    cache.hits = 0; cache.misses = 0;
    expect(output(buildCorpus(withSidecar, { cache }))).toBe(clean(withSidecar));
    expect(cache.misses).toBe(1);
  });

  it('gives a clean build\'s output when a text is deleted or added', () => {
    const inputs = corpus();
    const cache = new MemoryCache();
    buildCorpus(inputs, { cache });
    const fewer = inputs.filter((_, i) => i !== 5);
    expect(output(buildCorpus(fewer, { cache }))).toBe(clean(fewer));
    const more = [...inputs, { path: 'seeds/new/added.txt', bytes: inputs[4]!.bytes }];
    expect(output(buildCorpus(more, { cache }))).toBe(clean(more));
  });

  it('reuses nothing made by another pipeline version', () => {
    const inputs = corpus();
    const cache = new MemoryCache();
    buildCorpus(inputs, { cache, version: 'old' });
    for (const key of cache.entries.keys()) cache.entries.set(key, JSON.stringify({ messages: [], sidecarMessages: [], found: null }));
    cache.hits = 0; cache.misses = 0;
    expect(output(buildCorpus(inputs, { cache, version: 'new' }))).toBe(clean(inputs));
    expect(cache.hits).toBe(0);
  });
});
