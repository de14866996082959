import { lstat, readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { MAX_INPUT_BYTES } from '../../src/pipeline/ingest.ts';
import { SIDECAR_SUFFIXES } from '../../src/pipeline/sidecar.ts';
import type { RawInput } from '../../src/pipeline/types.ts';
import { eachLimited } from './pool.ts';

/** Project-relative path with forward slashes, as the pipeline names files. */
const toPosix = (path: string) => relative(process.cwd(), path).split(sep).join('/');

/** The input folder as the pipeline names it (project-relative, forward slashes): document ids leave it out. */
export const inputRoot = (dir: string): string => toPosix(dir) || '.';

/**
 * Every `*.txt` under `root` (subfolders too, symbolic links not followed), with its sidecar.
 * Files over the size limit are not read; the pipeline reports them from their size.
 * Sidecars without a text are reported on `files`.
 */
export async function readInputs(root: string): Promise<{ inputs: RawInput[]; files: VFile[] }> {
  const paths = (await walk(root)).sort();
  const present = new Set(paths);
  const inputs: RawInput[] = [];
  const files: VFile[] = [];
  const texts = paths.filter((path) => path.toLowerCase().endsWith('.txt'));
  // Read a few files at a time: on thousands of small files, waiting for each in turn is most of the time.
  const read = new Map<string, RawInput>();
  await eachLimited(texts, 16, async (path) => {
    const size = (await lstat(path)).size;
    const bytes = size > MAX_INPUT_BYTES ? new Uint8Array(0) : new Uint8Array(await readFile(path));
    const base = path.slice(0, -4);
    const sidecarPath = SIDECAR_SUFFIXES.map((s) => base + s).find((p) => present.has(p));
    const sidecar = sidecarPath ? { path: toPosix(sidecarPath), bytes: new Uint8Array(await readFile(sidecarPath)) } : undefined;
    read.set(path, { path: toPosix(path), bytes, size, ...(sidecar ? { sidecar } : {}) });
  });
  for (const path of paths) {
    const input = read.get(path);
    if (input) inputs.push(input);
    else if (SIDECAR_SUFFIXES.some((s) => path.endsWith(s))) {
      const text = path.replace(/\.meta\.(?:json|ya?ml)$/, '.txt');
      if (!present.has(text)) {
        const file = new VFile({ path: toPosix(path) });
        file.message(`sidecar without a text (expected ${toPosix(text)}), ignored`, { ruleId: 'orphan-sidecar', source: 'read' });
        files.push(file);
      }
    }
  }
  return { inputs, files };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  }));
  return nested.flat();
}
