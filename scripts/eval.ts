/**
 * Scores the extractor against the gold annotations in tests/gold/*.yaml (entities: precision,
 * recall and F1 per type and for roles) and tests/gold/timeline/*.yaml (events, milestones and
 * targets with the right values, and their sources), with every miss and false hit listed.
 * tests/gold/fresh/*.yaml hold texts annotated on every layer (publication date, people and roles,
 * instruments and their dates, laws and programmes, events, targets with scope and benchmark),
 * scored per set with the measures of issue 9, and the relations between instruments where a text's gold lists them.
 * With no file named, every set but the spent held-out ones (tests/gold/fresh/holdout*) is scored.
 * Usage: node scripts/eval.ts [--summary] [tests/gold/seeds.yaml …]
 */
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldDocumentSchema, metrics, score, SCORED_TYPES, type Scores, type Tally } from '../src/eval/score.ts';
import { GoldTextSchema, scoreTexts, type TextSetScores } from '../src/eval/text-score.ts';
import { GoldTimelineSchema, scoreTimeline } from '../src/eval/timeline-score.ts';
import { buildCorpus } from '../src/pipeline/build.ts';
import { readKnownEntities } from './lib/read-known.ts';

const yamlIn = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);
const argv = process.argv.slice(2);
/** `--summary`: only the measures, without the misses and false hits (for a held-out set, read once). */
const summary = argv.includes('--summary');
const args = argv.filter((a) => a !== '--summary');
const files = args.length ? args.filter((f) => !f.includes('/timeline/') && !f.includes('/fresh/')) : await yamlIn('tests/gold');
const timelines = args.length ? args.filter((f) => f.includes('/timeline/')) : await yamlIn('tests/gold/timeline');
const textSets = args.length ? args.filter((f) => f.includes('/fresh/')) : [...await yamlIn('tests/gold/fresh'), ...await yamlIn('tests/gold/fresh/relations')];
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
  table(goldFile, [
    ['events', s.events], ['  sources', s.eventSources], ['milestones', s.milestones], ['  sources', s.milestoneSources],
    ['targets', s.targets], ['  sources', s.targetSources],
  ]);
}

for (const goldFile of textSets) {
  const gold = z.array(GoldTextSchema).parse(parse(await readFile(goldFile, 'utf8')));
  const inputs = await Promise.all(gold.map(async (g) => ({ path: g.file, bytes: new Uint8Array(await readFile(g.file)) })));
  const { documents, entities, events, targets, relations } = buildCorpus(inputs, { known });
  printTextSet(goldFile, scoreTexts(gold, documents.map((d) => d.data), entities, events, targets, relations));
}

/** Prints the measures of a set of texts annotated on every layer, then every miss and false hit. */
function printTextSet(name: string, s: TextSetScores) {
  const f = (n: number) => n.toFixed(2);
  const count = (c: { right: number; of: number }) => `${c.right} of ${c.of}`;
  console.log(`\n${name}\n`);
  const rows: [string, string][] = [
    ['people F1', f(metrics(s.people).f1)],
    ['roles right (recall)', `${f(metrics(s.roles).recall)} (precision ${f(metrics(s.roles).precision)})`],
    [
      'numbered instruments, recall',
      `${f(metrics(s.instruments).recall)} (precision ${f(metrics(s.instruments).precision)}; dates right ${count(s.instrumentDates)})`,
    ],
    ['laws and programmes, recall', `${f(metrics(s.lawsAndProgrammes).recall)} (precision ${f(metrics(s.lawsAndProgrammes).precision)})`],
    ['events, recall', `${f(metrics(s.events).recall)} (precision ${f(metrics(s.events).precision)})`],
    ['targets, recall', f(metrics(s.targets).recall)],
    ['targets, precision', f(metrics(s.targets).precision)],
    ['targets in the right scope', count(s.targetScopes)],
    ['benchmarks right', count(s.benchmarks)],
    ['publication dates right', count(s.published)],
    ...(s.relationTexts > 0 ? [relationsRow(metrics(s.relations), s.relationTexts)] : []),
  ];
  for (const [what, value] of rows) console.log(`${what.padEnd(30)} ${value}`);
  if (summary) return;
  const tallies: [string, Tally][] = [
    ['person', s.people], ['role', s.roles], ['instrument', s.instruments], ['law/programme', s.lawsAndProgrammes],
    ['event', s.events], ['target', s.targets], ['relation', s.relations],
  ];
  for (const [type, tally] of tallies) {
    for (const miss of tally.misses) console.log(`  miss       ${type}: ${miss}`);
    for (const hit of tally.falseHits) console.log(`  false hit  ${type}: ${hit}`);
  }
  const counted = [['instrument date', s.instrumentDates], ['scope', s.targetScopes], ['benchmark', s.benchmarks], ['published', s.published]] as const;
  for (const [type, c] of counted) {
    for (const wrong of c.wrong) console.log(`  wrong      ${type}: ${wrong}`);
  }
  for (const conflict of s.relationConflicts) console.log(`  conflict   relation: ${conflict}`);
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
    const scores = `${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(6)}`;
    console.log(`${type.padEnd(12)} ${String(goldCount).padStart(5)} ${String(tally.truePositives).padStart(6)}  ${scores}`);
  }
  for (const [type, tally] of rows) {
    for (const miss of tally.misses) console.log(`  miss       ${type}: ${miss}`);
    for (const hit of tally.falseHits) console.log(`  false hit  ${type}: ${hit}`);
  }
}

/** The summary row of the relations, when a set annotates them. */
function relationsRow(m: { recall: number; precision: number }, texts: number): [string, string] {
  return ['relations, recall', `${m.recall.toFixed(2)} (precision ${m.precision.toFixed(2)}; ${texts} texts)`];
}
