import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';

/**
 * Writes a synthetic corpus under `dir`, which takes the place of `seeds/`
 * (`seeds/outlet/2025/00001-x.txt` → `<dir>/outlet/2025/00001-x.txt`), sidecars included.
 */
export async function writeSyntheticCorpus(dir: string, count: number, seed?: number): Promise<{ files: number; bytes: number }> {
  const encoder = new TextEncoder();
  const files = syntheticCorpus(count, seed).flatMap((t) => [t, ...(t.sidecar ? [t.sidecar] : [])]);
  const folders = new Set(files.map((f) => dirname(join(dir, f.path.replace(/^seeds\//, '')))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  let bytes = 0;
  for (const file of files) {
    const data = encoder.encode(file.text);
    bytes += data.length;
    await writeFile(join(dir, file.path.replace(/^seeds\//, '')), data);
  }
  return { files: files.length, bytes };
}
