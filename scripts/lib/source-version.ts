import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PIPELINE_VERSION } from '../../src/pipeline/text-cache.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'src');

/**
 * The version in the content build's cache keys: PIPELINE_VERSION and a hash of every TypeScript file under src/ (by
 * path and bytes). Any change to a stage, its word lists or its schemas makes new keys, so a cached analysis or timeline
 * never outlives the code that made it, whether or not PIPELINE_VERSION was bumped.
 */
export async function sourceVersion(sources = SOURCES): Promise<string> {
  const files = (await readdir(sources, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(join(sources, file));
    hash.update(file.split(sep).join('/')).update(`:${bytes.length}:`).update(bytes);
  }
  return `${PIPELINE_VERSION}+${hash.digest('hex').slice(0, 16)}`;
}
