/**
 * Benchmark of the content pipeline at corpus scale: builds N texts made from the seeds
 * (paragraphs reshuffled and renumbered so that no two are alike) and prints time and memory.
 * Usage: node scripts/bench.ts [--texts 5000]
 */
import { readFile, readdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/pipeline/build.ts';
import type { RawInput } from '../src/pipeline/types.ts';

const { values } = parseArgs({ options: { texts: { type: 'string', default: '5000' } } });
const count = Number(values.texts);
const seeds = await Promise.all((await readdir('seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFile(`seeds/${f}`, 'utf8')));

/** A deterministic variant of a seed: its middle lines rotated, its numbers shifted. */
function variant(text: string, n: number): string {
  const lines = text.split('\n');
  const middle = lines.slice(2, -2);
  const k = n % Math.max(1, middle.length);
  const rotated = [...lines.slice(0, 2), ...middle.slice(k), ...middle.slice(0, k), ...lines.slice(-2)];
  return rotated.join('\n').replace(/\b(\d{2,})\b/g, (d) => String(Number(d) + n));
}

const encoder = new TextEncoder();
const inputs: RawInput[] = Array.from({ length: count }, (_, n) => ({
  path: `seeds/bench/${String(n).padStart(5, '0')}.txt`,
  bytes: encoder.encode(variant(seeds[n % seeds.length]!, n)),
}));
const megabytes = inputs.reduce((s, i) => s + i.bytes.length, 0) / 1e6;

const started = performance.now();
const { documents, files } = buildCorpus(inputs);
const ms = performance.now() - started;
const peak = process.resourceUsage().maxRSS * 1024;

const output = documents.reduce((s, d) => s + d.mdx.length, 0) / 1e6;
console.table({
  texts: count,
  'input MB': megabytes.toFixed(1),
  'documents built': documents.length,
  messages: files.reduce((s, f) => s + f.messages.length, 0),
  'total s': (ms / 1000).toFixed(2),
  'ms per text': (ms / count).toFixed(2),
  'MB/s': (megabytes / (ms / 1000)).toFixed(1),
  'MDX MB': output.toFixed(1),
  'peak RSS MB': (peak / 1e6).toFixed(0),
});
