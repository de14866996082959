import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectGolden, fixtureCases, readFixture } from '../../helpers/golden.ts';
import { cleanSummary } from '../../helpers/pipeline.ts';

const FIXTURES = 'tests/fixtures/clean';
const SEEDS = 'seeds';

describe('cleaning texts written in the style of the seeds', () => {
  for (const name of fixtureCases(FIXTURES)) {
    it(`separates article, captions and metadata from chrome in "${name}"`, () => {
      const path = join(FIXTURES, name, 'input.txt');
      expectGolden(join(FIXTURES, name, 'expected.json'), cleanSummary(path, readFixture(path)));
    });
  }
});

describe('cleaning the seeds', () => {
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    it(`gives the reviewed article, captions and metadata for ${name}`, () => {
      const path = join(SEEDS, name);
      expectGolden(join('tests/fixtures/seeds', name.replace(/\.txt$/, '.expected.json')), cleanSummary(path, readFixture(path)));
    });
  }
});
