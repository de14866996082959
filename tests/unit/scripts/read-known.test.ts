import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnownEntities } from '../../../scripts/lib/read-known.ts';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-known-'));
const messagesOf = async (path: string) => (await readKnownEntities(path)).file.messages.map(formatMessage);

describe('reading the curated entity list', () => {
  it('reads a valid list without a message', async () => {
    const path = join(dir, 'good.yaml');
    writeFileSync(path, [
      '- id: person/to-lam', '  type: person', '  name: To Lam', '  aliases: [Tô Lâm]',
      '  description: General Secretary.', '  sources: [https://en.wikipedia.org/wiki/To_Lam]', '',
    ].join('\n'));
    const { known, file } = await readKnownEntities(path);
    expect(known.map((k) => k.id)).toEqual(['person/to-lam']);
    expect(file.messages).toEqual([]);
  });

  it('warns with the path when the list cannot be read, and gives an empty list to build on', async () => {
    const path = join(dir, 'missing.yaml');
    const { known } = await readKnownEntities(path);
    expect(known).toEqual([]);
    expect(await messagesOf(path)).toEqual([`${path}:1:1: cannot read the curated list (ENOENT), building without it (known)`]);
  });

  it('warns at the line and column of invalid YAML', async () => {
    const path = join(dir, 'syntax.yaml');
    writeFileSync(path, '- id: a\n  name: [unclosed\n');
    const [message] = await messagesOf(path);
    expect(message).toMatch(new RegExp(`^${path}:\\d+:\\d+: invalid YAML \\(.+\\), curated list ignored \\(known\\)$`));
  });

  it('names the field of an entry that does not fit the schema', async () => {
    const path = join(dir, 'schema.yaml');
    writeFileSync(path, '- id: person/x\n  type: person\n');
    const [message] = await messagesOf(path);
    expect(message).toMatch(/: invalid entry \(0\.name: .+\), curated list ignored \(known\)$/);
  });
});
