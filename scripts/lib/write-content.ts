import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { VFile } from 'vfile';
import type { CorpusResult } from '../../src/pipeline/build.ts';

/**
 * Replaces `<out>/documents/` with one MDX file per document, writes `<out>/entities.json`,
 * `events.json`, `targets.json` and `facts.json`, and
 * `<out>/report.json`: per text, the lines removed as chrome and every diagnostic, for review.
 * Deterministic.
 */
export async function writeContent(out: string, { documents, entities, events, targets, facts }: Omit<CorpusResult, 'files'>, files: VFile[]): Promise<void> {
  const folder = join(out, 'documents');
  await rm(folder, { recursive: true, force: true });
  for (const doc of documents) {
    const path = join(folder, `${doc.data.id}.mdx`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, doc.mdx);
  }
  const report = {
    documents: documents.map((d) => ({ id: d.data.id, file: d.data.file, removed: d.removed })),
    messages: files.flatMap((f) => f.messages.map((m) => ({
      file: f.path, line: m.line ?? null, column: m.column ?? null, reason: m.reason,
      rule: m.ruleId ?? null, stage: m.source ?? null, skipped: m.fatal === true,
    }))),
  };
  await mkdir(out, { recursive: true });
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  await writeFile(join(out, 'entities.json'), json(entities));
  await writeFile(join(out, 'events.json'), json(events));
  await writeFile(join(out, 'targets.json'), json(targets));
  await writeFile(join(out, 'facts.json'), json(facts));
  await writeFile(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
}
