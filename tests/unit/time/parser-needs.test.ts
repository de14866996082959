import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';
import { TIME_PARSERS } from '../../../src/pipeline/time/read-times.ts';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`seeds/${f}`, 'utf8'));
const sentences = [
  ...seeds.flatMap((text) => text.split('\n').flatMap((line) => splitSentences(line, 0).map((s) => s.text))),
  'By Q2 2025, in the first quarter, Quarter IV of 2024 and H1/2026.', 'In the second half of 2025, the first six months.',
  'On Monday, last Tuesday morning.', 'The next five years, the coming two decades.', 'On 13/01/2025 and 2025-01-13; 2026-2030; from 2021 to 2025.',
];

describe('time parsers skip sentences without what they need', () => {
  it('every sentence a parser matches passes its quick test', () => {
    for (const parser of TIME_PARSERS.filter((p) => p.needs)) {
      const matched = sentences.filter((s) => [...s.matchAll(parser.pattern)].length > 0);
      expect(matched.length, parser.name).toBeGreaterThan(0);
      expect(matched.filter((s) => !parser.needs!.test(s)), parser.name).toEqual([]);
    }
  });
});
