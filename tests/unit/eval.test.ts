import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldDocumentSchema, metrics, score } from '../../src/eval/score.ts';
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
