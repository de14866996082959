import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { KnownEntitySchema, type KnownEntity } from '../../src/schemas/entity.ts';

/** Reads and validates the curated entity list; problems are reported on the returned file. */
export async function readKnownEntities(path: string): Promise<{ known: KnownEntity[]; file: VFile }> {
  const file = new VFile({ path });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { known: [], file };
  }
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0];
    file.message(`invalid YAML (${error.message.split('\n')[0]}), curated list ignored`, { place: pos ? { line: pos.line, column: pos.col } : undefined, ruleId: 'known-syntax', source: 'known' });
    return { known: [], file };
  }
  const parsed = z.array(KnownEntitySchema).safeParse(doc.toJS());
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    file.message(`invalid entry (${issues}), curated list ignored`, { ruleId: 'known-schema', source: 'known' });
    return { known: [], file };
  }
  return { known: parsed.data, file };
}
