import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../../scripts/lib/file-cache.ts';
import { syntheticCorpus } from '../../../src/bench/synthetic-corpus.ts';
import { buildCorpus, type CorpusResult } from '../../../src/pipeline/build.ts';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';
import type { StoredTimeline, TextAnalysis, TextCache } from '../../../src/pipeline/text-cache.ts';
import type { RawInput } from '../../../src/pipeline/types.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** A cache in memory that counts what it served, stored as JSON as the file cache does. */
class MemoryCache implements TextCache {
  entries = new Map<string, string>();
  hits = 0;
  misses = 0;
  timelines = new Map<string, string>();
  /** Documents whose timeline was read (not found in the cache, or no longer right) and stored. */
  timelinesRead = 0;
  get(key: string): TextAnalysis | undefined {
    const json = this.entries.get(key);
    if (json === undefined) { this.misses++; return undefined; }
    this.hits++;
    return JSON.parse(json) as TextAnalysis;
  }
  set(key: string, analysis: TextAnalysis): void {
    this.entries.set(key, JSON.stringify(analysis));
  }
  getTimeline(key: string): StoredTimeline | undefined {
    const json = this.timelines.get(key);
    return json === undefined ? undefined : JSON.parse(json) as StoredTimeline;
  }
  setTimeline(key: string, stored: StoredTimeline): void {
    this.timelinesRead++;
    this.timelines.set(key, JSON.stringify(stored));
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
    cache.hits = 0; cache.misses = 0; cache.timelinesRead = 0;
    expect(output(buildCorpus(inputs, { cache }))).toBe(clean(inputs));
    expect(cache).toMatchObject({ hits: inputs.length - 1, misses: 0, timelinesRead: 0 });
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

  it('restores a quotation read whole across its sentences, from memory and from the files', () => {
    // The statement is the whole quotation, which is no one sentence of the paragraph (see statements.ts).
    const inputs = [{ path: 'seeds/quote.txt', bytes: encode([
      'Quang Tri plans a data centre', '14/05/2026',
      'On May 12, Le Thi Thu, Director of the Quang Tri Department of Science and Technology, presented the province\'s plan.',
      '"We will not wait for the perfect rules. We will start with three districts and learn as we go," Thu said.',
    ].join('\n')) }];
    const statements = (result: CorpusResult) => result.entities.flatMap((e) => ('statements' in e ? e.statements.map((s) => s.sentence) : []));
    expect(statements(buildCorpus(inputs))).toContain('"We will not wait for the perfect rules. We will start with three districts and learn as we go," Thu said.');
    const memory = new MemoryCache();
    buildCorpus(inputs, { cache: memory });
    expect(output(buildCorpus(inputs, { cache: memory }))).toBe(clean(inputs));
    const files = new FileCache(mkdtempSync(join(tmpdir(), 'incremental-')));
    buildCorpus(inputs, { cache: files });
    expect(output(buildCorpus(inputs, { cache: files }))).toBe(clean(inputs));
    expect(files).toMatchObject({ hits: 1, timelinesAsked: 2, timelinesWritten: 1 });
  });
});

describe('an incremental build\'s timelines', () => {
  // (Their dates are written in three shapes: a line of one shape in three texts would be taken for the site's chrome.)
  const text = (path: string, lines: string[]) => ({ path, bytes: encode(lines.join('\n')) });
  const laoCai = text('seeds/lao-cai.txt', [
    'Lao Cai sets its digital targets', '12/03/2026',
    'On March 10, Nguyen Van Hai, Director of the Lao Cai Department of Science and Technology, delivered remarks at a conference on '
      + 'the province\'s plan. Hai said the province aims to have 300 digital technology firms by 2030.',
  ]);
  const hue = text('seeds/hue.txt', [
    'Hue trains engineers', 'March 15, 2026', 'On March 14, the Hue People\'s Committee launched a programme to train 2,000 chip engineers by 2028.',
  ]);
  // Another text names the same director with another title: what the first text's timeline read of him changes.
  const thaiNguyen = text('seeds/thai-nguyen.txt', [
    'Thai Nguyen opens a data centre', '2026-03-20',
    'On March 18, Nguyễn Văn Hải, Chairman of the Lao Cai Digital Transformation Council, visited the new data centre in Thái Nguyên.',
  ]);

  it('reads again only the documents whose entities changed, and gives a clean build\'s output', () => {
    const cache = new MemoryCache();
    buildCorpus([laoCai, hue], { cache });
    expect(cache.timelinesRead).toBe(2);
    cache.timelinesRead = 0;
    const more = [laoCai, hue, thaiNguyen];
    expect(output(buildCorpus(more, { cache }))).toBe(clean(more));
    // The new text, and the text that names the director; not the text about Hue.
    expect(cache.timelinesRead).toBe(2);
    cache.timelinesRead = 0;
    // Without the new text, the director's titles are the first text's alone again: its timeline is read again, Hue's is not.
    expect(output(buildCorpus([laoCai, hue], { cache }))).toBe(clean([laoCai, hue]));
    expect(cache.timelinesRead).toBe(1);
    cache.timelinesRead = 0;
    buildCorpus([laoCai, hue], { cache });
    expect(cache.timelinesRead).toBe(0);
  });
});
