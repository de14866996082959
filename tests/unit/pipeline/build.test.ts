import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/build.ts';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';
import type { RawInput } from '../../../src/pipeline/types.ts';

const text = (path: string, value: string): RawInput => ({ path, bytes: new TextEncoder().encode(value) });
const GOOD = 'On March 4, the province met to review Resolution No. 5 dated February 1, 2025.\nThe meeting agreed on a plan.';

describe('building a corpus with bad files in it', () => {
  const inputs: RawInput[] = [
    text('seeds/good-a.txt', GOOD),
    { path: 'seeds/binary.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
    { path: 'seeds/latin1.txt', bytes: new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0x1ed9]) },
    text('seeds/empty.txt', ''),
    text('seeds/chrome-only.txt', '![]() |\n.jpg)\n'),
    { ...text('seeds/sub/Good B.txt', GOOD), sidecar: { path: 'seeds/sub/Good B.meta.json', bytes: new TextEncoder().encode('{"title": 5}') } },
    text('seeds/good_a.txt', GOOD),
  ];
  const { documents, files } = buildCorpus(inputs);
  const messages = files.flatMap((f) => f.messages.map(formatMessage));

  it('builds every good text', () => {
    expect(documents.map((d) => d.data.id)).toEqual(['good-a', 'good-a-2', 'sub/good-b']);
  });

  it('reports each bad file with its path, position and stage', () => {
    expect(messages).toEqual([
      'seeds/binary.txt:1:5: binary file (NUL byte), skipped (ingest)',
      'seeds/chrome-only.txt:1:1: no article text left after cleaning, skipped (clean)',
      'seeds/empty.txt:1:1: empty file, skipped (ingest)',
      'seeds/good_a.txt:1:1: id "good-a" is taken by another text, using "good-a-2" (emit)',
      'seeds/latin1.txt:1:2: not valid UTF-8, skipped (ingest)',
      expect.stringMatching(/^seeds\/sub\/Good B\.meta\.json:1:1: invalid metadata \(title: .*\), sidecar ignored \(sidecar\)$/),
    ]);
  });

  it('builds a text whose sidecar is invalid from inference', () => {
    expect(documents.find((d) => d.data.id === 'sub/good-b')?.data.titleSource).toBe('inferred');
  });

  it('gives byte-identical output for the same input in any order', () => {
    const again = buildCorpus([...inputs].reverse());
    expect(again.documents.map((d) => d.html)).toEqual(documents.map((d) => d.html));
  });
});

describe('document ids', () => {
  it('leave out the input folder, wherever it is', () => {
    const inputs = [text('../elsewhere/corpus/outlet/A text.txt', GOOD), text('../elsewhere/corpus/b.txt', GOOD)];
    expect(buildCorpus(inputs, { root: '../elsewhere/corpus' }).documents.map((d) => d.data.id)).toEqual(['b', 'outlet/a-text']);
  });
});
