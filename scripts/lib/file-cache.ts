import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextAnalysis, TextCache } from '../../src/pipeline/text-cache.ts';

/** Sentences are stored by position only: the build re-links them to the sentences of the blocks (internSentences). */
const compact = (key: string, value: unknown) =>
  (key === 'sentence' && value && typeof value === 'object' ? { block: (value as { block: number }).block, start: (value as { start: number }).start } : value);

/**
 * The per-text cache on disk: one JSON file per text analysis, named by its content hash, in
 * 256 subfolders. Safe to delete at any time; entries no build used are pruned after each build.
 */
export class FileCache implements TextCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  #used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  #path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  get(key: string): TextAnalysis | undefined {
    this.#used.add(key);
    try {
      const analysis = JSON.parse(readFileSync(this.#path(key), 'utf8')) as TextAnalysis;
      this.hits++;
      return analysis;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, analysis: TextAnalysis): void {
    this.#used.add(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(this.#path(key), JSON.stringify(analysis, compact));
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
