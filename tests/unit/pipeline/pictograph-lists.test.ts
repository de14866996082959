import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';

const blocksOf = (...lines: string[]) => {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(lines.join('\n')) });
  return clean(result!.file, result!.text).blocks.map((b) => [b.kind, b.text]);
};

describe('lines that open with a pictograph', () => {
  it('are the items of a list when two or more in a row open with the same one', () => {
    expect(blocksOf('Villages go digital', 'Posted: 14/03/2030', 'The department has set targets.', '🎯 Targets:',
      '✅ At least 90% of homestays accept cashless payment by the end of 2030.', '✅ 1,500 young people are trained as guides by 2031.',
      '📊 Where we are now: 46% of homestays accept bank transfers.')).toEqual([
      ['paragraph', 'The department has set targets.'], ['paragraph', '🎯 Targets:'],
      ['list', 'At least 90% of homestays accept cashless payment by the end of 2030.\n1,500 young people are trained as guides by 2031.'],
      ['paragraph', '📊 Where we are now: 46% of homestays accept bank transfers.'],
    ]);
  });
});
