import { normalizeBase } from '../../src/lib/base-path.ts';
import { buildCorpus } from '../../src/pipeline/build.ts';
import { formatMessage } from '../../src/pipeline/diagnostics.ts';
import { FileCache } from './file-cache.ts';
import { inputRoot, readInputs } from './read-inputs.ts';
import { readKnownEntities } from './read-known.ts';
import { sourceVersion } from './source-version.ts';
import { writeContent } from './write-content.ts';

/** Where a content build reads and writes. */
export interface ContentBuildOptions {
  input: string;
  out: string;
  known: string;
  /** Folder of the per-text cache; none: every text is analysed. */
  cache?: string;
  /** Told how far the analysis of the texts has got (build-content shows a progress line). */
  onProgress?: (step: string, done: number, total: number) => void;
}

/** What a content build did: its diagnostics (one line each) and a summary for people. */
export interface ContentBuildReport {
  diagnostics: string[];
  summary: string[];
}

/**
 * Reads the texts, runs the pipeline (reusing unchanged texts from the cache) and writes content/:
 * the whole of `npm run build:content`, shared by the build and the dev server's watcher.
 */
export async function runContentBuild(options: ContentBuildOptions): Promise<ContentBuildReport> {
  const started = performance.now();
  const { inputs, files: readFiles } = await readInputs(options.input);
  const { known, file: knownFile } = await readKnownEntities(options.known);
  readFiles.push(knownFile);
  const cache = options.cache ? new FileCache(options.cache) : undefined;
  const version = cache ? await sourceVersion() : undefined;
  const { files, ...built } = buildCorpus(inputs, { known, cache, version, root: inputRoot(options.input), onProgress: options.onProgress });
  const pruned = cache?.prune() ?? 0;
  const { documents, entities, events, targets } = built;
  await writeContent(options.out, built, [...readFiles, ...files], normalizeBase(process.env.BASE_PATH));
  const messages = [...readFiles, ...files].flatMap((file) => file.messages);
  const skipped = messages.filter((m) => m.fatal).length;
  const summary = [
    `Built ${documents.length} document(s), ${entities.length} entities, ${events.length} events and milestones ` +
    `and ${targets.length} targets from ${inputs.length} text(s) in ${Math.round(performance.now() - started)} ms; ` +
    `${skipped} skipped, ${messages.length - skipped} warning(s).`,
  ];
  const removed = pruned ? `, ${pruned} stale entr${pruned === 1 ? 'y' : 'ies'} removed` : '';
  if (cache) {
    const timelines = `the timelines of ${cache.timelinesAsked - cache.timelinesWritten} document(s) reused, ${cache.timelinesWritten} read`;
    summary.push(`Cache ${cache.dir}: ${cache.hits} text(s) reused, ${cache.misses} analysed; ${timelines}${removed}.`);
  }
  return { diagnostics: messages.map(formatMessage), summary };
}
