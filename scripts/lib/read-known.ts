import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { KnownEntitySchema, type KnownEntity } from '../../src/schemas/entity.ts';
import { formatIssues } from '../../src/pipeline/zod-issues.ts';

/**
 * Reads and validates the curated entity list; problems are reported on the returned file and the
 * build goes on without the list, so a list that cannot be read is said, never silently dropped.
 */
export async function readKnownEntities(path: string): Promise<{ known: KnownEntity[]; file: VFile }> {
  const file = new VFile({ path });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    file.message(`cannot read the curated list (${reason}), building without it`, { ruleId: 'known-unreadable', source: 'known' });
    return { known: [], file };
  }
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0];
    const place = pos ? { line: pos.line, column: pos.col } : undefined;
    file.message(`invalid YAML (${error.message.split('\n')[0]}), curated list ignored`, { place, ruleId: 'known-syntax', source: 'known' });
    return { known: [], file };
  }
  const parsed = z.array(KnownEntitySchema).safeParse(doc.toJS());
  if (!parsed.success) {
    file.message(`invalid entry (${formatIssues(parsed.error)}), curated list ignored`, { ruleId: 'known-schema', source: 'known' });
    return { known: [], file };
  }
  return { known: parsed.data, file };
}
