import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { inferMetadata } from '../../../src/pipeline/metadata.ts';

/** Metadata of a text given as lines (header lines, then the article). */
export function metadataOf(...lines: string[]) {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(lines.join('\n')) });
  return inferMetadata(clean(result!.file, result!.text));
}

/** A lead and a second paragraph, enough of an article to keep. */
export const ARTICLE = [
  'HANOI - The provincial committee met to review the implementation of the digital transformation plan in the first quarter.',
  'Delegates agreed to speed up online public services and cashless payments across all communes.',
];
