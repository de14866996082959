/**
 * Scores the extractor against the gold annotations in tests/gold/*.yaml (entities: precision,
 * recall and F1 per type and for roles) and tests/gold/timeline/*.yaml (events, milestones and
 * targets with the right values, and their sources), with every miss and false hit listed.
 * Usage: node scripts/eval.ts [tests/gold/seeds.yaml …]
 */
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldDocumentSchema, metrics, score, SCORED_TYPES, type Scores, type Tally } from '../src/eval/score.ts';
import { GoldTimelineSchema, scoreTimeline } from '../src/eval/timeline-score.ts';
import { buildCorpus } from '../src/pipeline/build.ts';
import { readKnownEntities } from './lib/read-known.ts';

const yamlIn = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);
const args = process.argv.slice(2);
const files = args.length ? args.filter((f) => !f.includes('/timeline/')) : await yamlIn('tests/gold');
const timelines = args.length ? args.filter((f) => f.includes('/timeline/')) : await yamlIn('tests/gold/timeline');
const { known } = await readKnownEntities('data/known-entities.yaml');

for (const goldFile of files) {
  const gold = z.array(GoldDocumentSchema).parse(parse(await readFile(goldFile, 'utf8')));
  const inputs = await Promise.all(gold.map(async (g) => ({ path: g.file, bytes: new Uint8Array(await readFile(g.file)) })));
  const { documents, entities } = buildCorpus(inputs, { known });
  const idOf = (file: string) => documents.find((d) => d.data.file === file)?.data.id;
  print(goldFile, score(gold, entities, idOf));
}

for (const goldFile of timelines) {
  const gold = GoldTimelineSchema.parse(parse(await readFile(goldFile, 'utf8')));
  const inputs = await Promise.all(gold.files.map(async (file) => ({ path: file, bytes: new Uint8Array(await readFile(file)) })));
  const { documents, events, targets } = buildCorpus(inputs, { known });
  const s = scoreTimeline(gold, events, targets, (file) => documents.find((d) => d.data.file === file)?.data.id);
  table(goldFile, [['events', s.events], ['  sources', s.eventSources], ['milestones', s.milestones], ['  sources', s.milestoneSources], ['targets', s.targets], ['  sources', s.targetSources]]);
}

function print(name: string, scores: Scores) {
  table(name, [...SCORED_TYPES.map((t) => [t, scores.types[t]] as const), ['roles', scores.roles] as const]);
}

/** Prints precision, recall and F1 per row, then every miss and false hit. */
function table(name: string, rows: (readonly [string, Tally])[]) {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(`\n${name}\n`);
  console.log('type          gold  found  precision  recall    F1');
  for (const [type, tally] of rows) {
    const m = metrics(tally);
    const goldCount = tally.truePositives + tally.misses.length;
    console.log(`${type.padEnd(12)} ${String(goldCount).padStart(5)} ${String(tally.truePositives).padStart(6)}  ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(6)}`);
  }
  for (const [type, tally] of rows) {
    for (const miss of tally.misses) console.log(`  miss       ${type}: ${miss}`);
    for (const hit of tally.falseHits) console.log(`  false hit  ${type}: ${hit}`);
  }
}
