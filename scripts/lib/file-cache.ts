import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredTimeline, TextAnalysis, TextCache } from '../../src/pipeline/text-cache.ts';

/** Sentences are stored by place only: the build re-links them to the sentences of the blocks (see internSentences). */
const compact = (key: string, value: unknown) => {
  if (key !== 'sentence' || !value || typeof value !== 'object') return value;
  const { block, start, end } = value as { block: number; start: number; end: number };
  return { block, start, end };
};

/**
 * The per-text cache on disk: one JSON file per text analysis and one per document's timeline findings, named by
 * its key, in 256 subfolders. Safe to delete at any time; entries no build used are pruned after each build.
 */
export class FileCache implements TextCache {
  readonly dir: string;
  /** Texts whose analysis was found, and not found. */
  hits = 0;
  misses = 0;
  /** Documents whose timeline findings were asked for, and written (not found, or no longer right). */
  timelinesAsked = 0;
  timelinesWritten = 0;
  #used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  #path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  get(key: string): TextAnalysis | undefined {
    const analysis = this.#read<TextAnalysis>(key);
    if (analysis) this.hits++;
    else this.misses++;
    return analysis;
  }

  set(key: string, analysis: TextAnalysis): void {
    this.#write(key, analysis);
  }

  getTimeline(key: string): StoredTimeline | undefined {
    this.timelinesAsked++;
    return this.#read<StoredTimeline>(key);
  }

  setTimeline(key: string, stored: StoredTimeline): void {
    this.timelinesWritten++;
    this.#write(key, stored);
  }

  #read<T>(key: string): T | undefined {
    this.#used.add(key);
    try {
      return JSON.parse(readFileSync(this.#path(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  #write(key: string, value: unknown): void {
    this.#used.add(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(this.#path(key), JSON.stringify(value, compact));
  }

  /** Deletes the entries this build did not use (texts changed or removed, older pipeline versions). */
  prune(): number {
    let removed = 0;
    let shards: string[];
    try { shards = readdirSync(this.dir); } catch { return 0; }
    for (const shard of shards) {
      for (const name of readdirSync(join(this.dir, shard))) {
        if (this.#used.has(shard + name.replace(/\.json$/, ''))) continue;
        rmSync(join(this.dir, shard, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
