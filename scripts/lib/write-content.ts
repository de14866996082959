import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { VFile } from 'vfile';
import type { CorpusResult } from '../../src/pipeline/build.ts';
import { eachLimited } from './pool.ts';
import { writeJsonArray } from './stream-file.ts';
import { writeOpenData } from './write-open-data.ts';

/**
 * Replaces what the site reads in `out`:
 * - `documents.json`, `entities.json` (summaries), `events.json`, `targets.json`, `facts.json`:
 *   the content collections, small per entry;
 * - `relations.json`, `lineage.json` (each instrument in a relation, with its parents and
 *   children): read once per build by src/lib/lineage-data.ts;
 * - `documents/<id>.json` (a page's body HTML and the entities it names) and
 *   `entities/<type>/<slug>.json` (an entity's lists): read only by their own pages;
 * - `data/`: the open data, and `data-files.json`, what it holds;
 * - `report.json`: per text, the lines removed as chrome and every diagnostic, for review.
 * Deterministic; collections are streamed one entry per line.
 */
export async function writeContent(out: string, built: Omit<CorpusResult, 'files'>, files: VFile[], base = '/'): Promise<void> {
  const { documents, entityPages, events, targets, facts, relations, lineage } = built;
  for (const folder of ['documents', 'entities']) await rm(join(out, folder), { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const folders = new Set([
    ...documents.map((d) => dirname(join(out, 'documents', d.data.id))),
    ...entityPages.map((p) => dirname(join(out, 'entities', p.detail.id))),
  ]);
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const pageFiles = [
    ...documents.map((doc) => () => writeFile(join(out, 'documents', `${doc.data.id}.json`), JSON.stringify({ html: doc.html, named: doc.named }))),
    ...entityPages.map(({ detail }) => () => writeFile(join(out, 'entities', `${detail.id}.json`), JSON.stringify(detail))),
  ];
  // The page files and the open data are written side by side: the disk and gzip's threads work
  // while the main thread serializes.
  const [dataFiles] = await Promise.all([
    writeOpenData(join(out, 'data'), built, base),
    eachLimited(pageFiles, 32, (write) => write()),
    writeJsonArray(join(out, 'documents.json'), documents.map((d) => d.data)),
    writeJsonArray(join(out, 'entities.json'), entityPages.map((p) => p.summary)),
    writeJsonArray(join(out, 'events.json'), events),
    writeJsonArray(join(out, 'targets.json'), targets),
    writeJsonArray(join(out, 'facts.json'), facts),
    writeJsonArray(join(out, 'relations.json'), relations),
    writeJsonArray(join(out, 'lineage.json'), lineage),
  ]);
  await writeFile(join(out, 'data-files.json'), `${JSON.stringify(dataFiles, null, 1)}\n`);
  const report = {
    documents: documents.map((d) => ({ id: d.data.id, file: d.data.file, removed: d.removed })),
    messages: files.flatMap((f) => f.messages.map((m) => ({
      file: f.path, line: m.line ?? null, column: m.column ?? null, reason: m.reason,
      rule: m.ruleId ?? null, stage: m.source ?? null, skipped: m.fatal === true,
    }))),
  };
  await writeFile(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
}
