import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldDocumentSchema, metrics, score } from '../../src/eval/score.ts';
import { GoldTextSchema, scoreTexts } from '../../src/eval/text-score.ts';
import { GoldTimelineSchema, scoreTimeline } from '../../src/eval/timeline-score.ts';
import { buildCorpus } from '../../src/pipeline/build.ts';
import { KnownEntitySchema } from '../../src/schemas/entity.ts';

const known = z.array(KnownEntitySchema).parse(parse(readFileSync('data/known-entities.yaml', 'utf8')));

describe('extraction quality on the gold annotations (npm run eval prints the details)', () => {
  for (const file of readdirSync('tests/gold').filter((f) => f.endsWith('.yaml')).sort()) {
    it(`meets the targets on ${file}: people F1 ≥ 0.95, roles recall ≥ 0.9, instruments 1.0, organizations recall ≥ 0.85`, () => {
      const gold = z.array(GoldDocumentSchema).parse(parse(readFileSync(`tests/gold/${file}`, 'utf8')));
      const { documents, entities } = buildCorpus(gold.map((g) => ({ path: g.file, bytes: readFileSync(g.file) })), { known });
      const scores = score(gold, entities, (f) => documents.find((d) => d.data.file === f)?.data.id);
      expect(metrics(scores.types.person).f1).toBeGreaterThanOrEqual(0.95);
      expect(metrics(scores.roles).recall).toBeGreaterThanOrEqual(0.9);
      expect(metrics(scores.types.instrument).f1).toBe(1);
      expect(metrics(scores.types.organization).recall).toBeGreaterThanOrEqual(0.85);
      expect(metrics(scores.types.organization).precision).toBeGreaterThanOrEqual(0.85);
    });
  }
});

describe('timeline quality on the gold timelines (npm run eval prints the details)', () => {
  for (const file of readdirSync('tests/gold/timeline').filter((f) => f.endsWith('.yaml')).sort()) {
    it(`finds every event once with all its sources, and nearly every milestone and target with the right values, on ${file}`, () => {
      const gold = GoldTimelineSchema.parse(parse(readFileSync(`tests/gold/timeline/${file}`, 'utf8')));
      const { documents, events, targets } = buildCorpus(gold.files.map((f) => ({ path: f, bytes: readFileSync(f) })), { known });
      const scores = scoreTimeline(gold, events, targets, (f) => documents.find((d) => d.data.file === f)?.data.id);
      expect(metrics(scores.events)).toMatchObject({ recall: 1, precision: 1 });
      expect(metrics(scores.eventSources).recall).toBe(1);
      expect(metrics(scores.milestones).recall).toBeGreaterThanOrEqual(0.85);
      expect(metrics(scores.milestones).precision).toBeGreaterThanOrEqual(0.85);
      expect(metrics(scores.targets).recall).toBeGreaterThanOrEqual(0.95);
      expect(metrics(scores.targets).precision).toBeGreaterThanOrEqual(0.95);
      expect(metrics(scores.targetSources).recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('every layer on the texts written for issue 9 (tests/gold/fresh/dev.yaml; npm run eval prints the details)', () => {
  it('meets the issue\'s targets: events ≥ 0.85, targets ≥ 0.80 recall and ≥ 0.90 precision with ≥ 90% in scope, instruments ≥ 0.90, roles ≥ 0.90, every publication date', () => {
    const gold = z.array(GoldTextSchema).parse(parse(readFileSync('tests/gold/fresh/dev.yaml', 'utf8')));
    const { documents, entities, events, targets } = buildCorpus(gold.map((g) => ({ path: g.file, bytes: readFileSync(g.file) })), { known });
    const s = scoreTexts(gold, documents.map((d) => d.data), entities, events, targets);
    expect(metrics(s.people).f1).toBeGreaterThanOrEqual(0.95);
    expect(metrics(s.roles).recall).toBeGreaterThanOrEqual(0.9);
    expect(metrics(s.instruments).recall).toBeGreaterThanOrEqual(0.9);
    expect(s.instrumentDates.right / s.instrumentDates.of).toBeGreaterThanOrEqual(0.9);
    expect(metrics(s.events).recall).toBeGreaterThanOrEqual(0.85);
    expect(metrics(s.targets).recall).toBeGreaterThanOrEqual(0.8);
    expect(metrics(s.targets).precision).toBeGreaterThanOrEqual(0.9);
    expect(s.targetScopes.right / s.targetScopes.of).toBeGreaterThanOrEqual(0.9);
    expect(s.published.right).toBe(s.published.of);
  });
});

describe('relations between instruments on the texts written for issue 12 (tests/gold/fresh/relations; npm run eval prints the details)', () => {
  it('finds the relations the texts state, with few false ones: recall ≥ 0.9 and precision ≥ 0.9', () => {
    const gold = z.array(GoldTextSchema).parse(parse(readFileSync('tests/gold/fresh/relations/relations.yaml', 'utf8')));
    const { documents, entities, events, targets, relations } = buildCorpus(gold.map((g) => ({ path: g.file, bytes: readFileSync(g.file) })), { known });
    const s = scoreTexts(gold, documents.map((d) => d.data), entities, events, targets, relations);
    expect(s.relationTexts).toBe(gold.length);
    expect(metrics(s.relations).recall).toBeGreaterThanOrEqual(0.9);
    expect(metrics(s.relations).precision).toBeGreaterThanOrEqual(0.9);
  });
});
