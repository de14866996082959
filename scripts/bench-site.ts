/**
 * Whole-site benchmark: generates a deterministic synthetic corpus of N texts (its variety grows
 * with N), runs the real build end to end (content, Astro, Pagefind) and prints one line per
 * figure: time and peak memory of each step, pages and sizes, the first search's transfer, and
 * a bare-Astro anchor (the same documents as MDX, rendered by a minimal page) as a ratio.
 * Usage: node scripts/bench-site.ts [--texts 1000] [--seed 1] [--work .cache/bench-site] [--no-anchor] [--query digital,hydrogen]
 * (the default queries: a word in nearly every synthetic text, and one in a few of them)
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/pipeline/build.ts';
import { emitMdx } from '../src/pipeline/emit.ts';
import { writeAnchor } from './lib/bare-anchor.ts';
import { firstQuery } from './lib/first-query.ts';
import { measure, type Measured } from './lib/measure.ts';
import { inputRoot, readInputs } from './lib/read-inputs.ts';
import { readKnownEntities } from './lib/read-known.ts';
import { siteFigures } from './lib/site-figures.ts';
import { writeSyntheticCorpus } from './lib/write-synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: '.cache/bench-site' },
    'no-anchor': { type: 'boolean', default: false },
    query: { type: 'string', default: 'digital,hydrogen' },
  },
});
const texts = Number(values.texts);
const work = resolve(values.work, String(texts));
const seeds = join(work, 'seeds');
const content = join(work, 'content');
const dist = join(work, 'dist');
const node = process.execPath;
/** The heap limit package.json's build scripts give Node: V8's default (about 4 GB) is what a large corpus hits first. */
const HEAP = '--max-old-space-size=16384';
const astro = resolve('node_modules/astro/bin/astro.mjs');
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, BASE_PATH: '' };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (name: string, value: string) => console.log(`${name}: ${value}`);
/** Prints a step's time and peak memory; stops the benchmark when the step failed. */
function report(step: string, result: Measured): void {
  line(`${step} time`, s(result.ms));
  line(`${step} peak memory`, mb(result.peakBytes));
  if (result.code !== 0) {
    console.error(`${step} failed (exit ${result.code}):\n${result.tail}`);
    process.exit(1);
  }
}

// 1. The corpus: deterministic, in subfolders, its people, outlets, instruments and meetings growing with N.
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const corpus = await writeSyntheticCorpus(seeds, texts, Number(values.seed));
line('texts', String(texts));
line('files (texts and sidecars)', String(corpus.files));
line('input size', mb(corpus.bytes));

// 2. The real build, step by step, each in its own process as `npm run build` runs them.
const contentArgs = [HEAP, 'scripts/build-content.ts', '--input', seeds, '--out', content, '--cache', join(work, 'cache')];
const contentStep = await measure(node, contentArgs, { env });
report('content', contentStep);
line('content throughput', `${(corpus.bytes / 1e6 / (contentStep.ms / 1000)).toFixed(2)} MB/s`);
const astroStep = await measure(node, [HEAP, astro, 'build'], { env });
report('astro', astroStep);
const pagefindStep = await measure(node, ['scripts/index-search.ts'], { env });
report('pagefind', pagefindStep);
const whole = contentStep.ms + astroStep.ms + pagefindStep.ms;
line('whole build time', s(whole));
line('whole build peak memory', mb(Math.max(contentStep.peakBytes, astroStep.peakBytes, pagefindStep.peakBytes)));

// 3. What it built: pages, sizes, the largest page, the open data and the search bundle.
const site = await siteFigures(dist);
line('pages', String(site.pages));
line('dist size', mb(site.bytes));
line('largest page', `${site.largest.path} ${kb(site.largest.bytes)} raw, ${kb(site.largest.gzipBytes)} gzip`);
line('largest page gzip', `${site.largestGzip.path} ${kb(site.largestGzip.gzipBytes)} gzip, ${kb(site.largestGzip.bytes)} raw`);
line('pages over 200 KB raw or 40 KB gzip', String(site.oversized));
for (const file of site.data) line(`data/${file.name}`, mb(file.bytes));
line('pagefind index size', mb(site.pagefindBytes));

// 4. The first search a visitor makes, as a CDN would serve it (needs Chromium).
if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  for (const term of values.query.split(',')) {
    const query = await firstQuery(dist, term.trim());
    const transferred = `${kb(query.bytes)} transferred (Pagefind ${kb(query.pagefindBytes)})`;
    line(`first query "${query.query}"`, `${query.results} results shown, ${query.requests} requests, ${transferred}`);
  }
} else line('first query', 'skipped: no Chromium at /usr/bin/chromium');

// 5. The bare-Astro anchor: the same documents as MDX, built by a minimal Astro page.
if (!values['no-anchor']) {
  const { inputs } = await readInputs(seeds);
  const { known } = await readKnownEntities('data/known-entities.yaml');
  const { documents } = buildCorpus(inputs, { known, root: inputRoot(seeds) });
  const anchorDir = resolve('.cache/bench-anchor');
  await writeAnchor(anchorDir, documents.map((d) => ({ id: d.data.id, mdx: emitMdx(d.data, d.blocks, d.annotations) })));
  const anchor = await measure(node, [astro, 'build', '--root', anchorDir], { env: process.env });
  report('anchor (bare Astro, same MDX)', anchor);
  const peak = Math.max(contentStep.peakBytes, astroStep.peakBytes, pagefindStep.peakBytes);
  line('whole build / anchor', `${(whole / anchor.ms).toFixed(2)}× time, ${(peak / anchor.peakBytes).toFixed(2)}× peak memory`);
  await rm(anchorDir, { recursive: true, force: true });
}

// 6. The incremental rebuild: the same corpus again, then with one text edited (the cache was filled by step 2).
const again = await measure(node, contentArgs, { env });
report('content again, nothing changed', again);
const [first] = (await readdir(seeds, { recursive: true })).filter((f) => f.endsWith('.txt')).sort();
await appendFile(join(seeds, first!), '\nThe ministry will report on progress by 2027.\n');
const edited = await measure(node, contentArgs, { env });
report('content again, one text edited', edited);
