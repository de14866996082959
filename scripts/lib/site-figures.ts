import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of a built site, as a host serves it. */
export interface SiteFigures {
  pages: number;
  bytes: number;
  largest: { path: string; bytes: number; gzipBytes: number };
  largestGzip: { path: string; bytes: number; gzipBytes: number };
  /** Pages over the limits (200 KB raw or 40 KB gzip). */
  oversized: number;
  data: { name: string; bytes: number }[];
  pagefindBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Walks a built site: page count and sizes (raw and gzip), the largest pages, the open data files and the search bundle. */
export async function siteFigures(dist: string, limits = { raw: 200_000, gzip: 40_000 }): Promise<SiteFigures> {
  const figures: SiteFigures = {
    pages: 0, bytes: 0, oversized: 0, data: [], pagefindBytes: 0,
    largest: { path: '', bytes: 0, gzipBytes: 0 }, largestGzip: { path: '', bytes: 0, gzipBytes: 0 },
  };
  for await (const path of walk(dist)) {
    const name = relative(dist, path);
    const { size } = await stat(path);
    figures.bytes += size;
    if (name.startsWith('pagefind/')) figures.pagefindBytes += size;
    if (name.startsWith('data/') && !name.startsWith('data/schema/') && !name.endsWith('.html')) figures.data.push({ name: name.slice(5), bytes: size });
    if (!name.endsWith('.html')) continue;
    figures.pages++;
    const gzipBytes = gzipSync(await readFile(path)).length;
    const page = { path: name, bytes: size, gzipBytes };
    if (size > figures.largest.bytes) figures.largest = page;
    if (gzipBytes > figures.largestGzip.gzipBytes) figures.largestGzip = page;
    if (size > limits.raw || gzipBytes > limits.gzip) figures.oversized++;
  }
  figures.data.sort((a, b) => (a.name < b.name ? -1 : 1));
  return figures;
}
