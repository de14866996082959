/**
 * Scores the extractor against the gold annotations in tests/gold/*.yaml: precision, recall and
 * F1 per entity type and for roles, with every miss and false hit listed.
 * Usage: node scripts/eval.ts [tests/gold/seeds.yaml …]
 */
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldDocumentSchema, metrics, score, SCORED_TYPES, type Scores } from '../src/eval/score.ts';
import { buildCorpus } from '../src/pipeline/build.ts';
import { readKnownEntities } from './lib/read-known.ts';

const files = process.argv.slice(2).length ? process.argv.slice(2) : (await readdir('tests/gold')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `tests/gold/${f}`);
const { known } = await readKnownEntities('data/known-entities.yaml');

for (const goldFile of files) {
  const gold = z.array(GoldDocumentSchema).parse(parse(await readFile(goldFile, 'utf8')));
  const inputs = await Promise.all(gold.map(async (g) => ({ path: g.file, bytes: new Uint8Array(await readFile(g.file)) })));
  const { documents, entities } = buildCorpus(inputs, { known });
  const idOf = (file: string) => documents.find((d) => d.data.file === file)?.data.id;
  print(goldFile, score(gold, entities, idOf));
}

function print(name: string, scores: Scores) {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const rows = [...SCORED_TYPES.map((t) => [t, scores.types[t]] as const), ['roles', scores.roles] as const];
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
