/**
 * Builds content/ from the texts under seeds/: reads the files, runs the pipeline (reusing each
 * unchanged text's per-text results from the cache), writes the collections, one page file per
 * text and entity, the open data and a report, prints diagnostics. Exit code 0 unless --strict
 * and a problem.
 * Usage: node scripts/build-content.ts [--strict] [--cache .cache/pipeline | --no-cache] [--input seeds]
 *   [--out content (or CONTENT_DIR)] [--known data/known-entities.yaml]
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { runContentBuild } from './lib/content-build.ts';
import { progress } from './lib/progress.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    input: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: contentDir() },
    known: { type: 'string', default: 'data/known-entities.yaml' },
    cache: { type: 'string', default: '.cache/pipeline' },
    'no-cache': { type: 'boolean', default: false },
  },
});

const shown = progress();
const { diagnostics, summary } = await runContentBuild({ ...values, cache: values['no-cache'] ? undefined : values.cache, onProgress: shown.update });
shown.end();
for (const line of diagnostics) console.error(line);
for (const line of summary) console.log(line);
if (values.strict && diagnostics.length > 0) process.exitCode = 1;
