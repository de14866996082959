import { clean } from '../../src/pipeline/clean/index.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { inferMetadata } from '../../src/pipeline/metadata.ts';

/** Runs ingest → clean → metadata on one text and returns a reviewable summary of the result. */
export function cleanSummary(path: string, bytes: Uint8Array) {
  const { file, result } = ingest({ path, bytes });
  if (!result) throw new Error(file.messages.map(String).join('\n'));
  const cleaned = clean(file, result.text);
  const metadata = inferMetadata(cleaned);
  return {
    metadata,
    references: cleaned.footer.references,
    blocks: cleaned.blocks.map(({ kind, line, text, credit, items, lang }) => ({
      kind, line, ...(lang ? { lang } : {}), ...(credit ? { credit } : {}), ...(items ? { items } : { text }),
    })),
    removed: cleaned.removed.map(({ line, reason, text }) => ({ line, reason, text })),
    messages: file.messages.map(String),
  };
}
