import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../../scripts/lib/stream-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'stream-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records of about 2 MB in all, made one at a time. */
function* records() {
  for (let i = 0; i < 20_000; i++) yield { id: `r-${i}`, sentence: `Sentence ${i} with “quotes”, commas and a newline\n in it.`, n: i };
}

describe('a JSON array written as a stream', () => {
  it('is valid JSON with one record per line, and its gzip copy holds the same bytes', async () => {
    const path = join(dir, 'a.json');
    const { bytes, gzipBytes } = await writeJsonArray(path, records(), true);
    const text = readFileSync(path, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(bytes).toBeGreaterThan(1_000_000);
    const parsed = JSON.parse(text) as { id: string }[];
    expect(parsed).toHaveLength(20_000);
    expect(parsed.at(-1)).toEqual([...records()].at(-1));
    expect(text.split('\n')).toHaveLength(20_003);
    const gzip = readFileSync(`${path}.gz`);
    expect(gzip.length).toBe(gzipBytes);
    expect(gunzipSync(gzip).toString('utf8')).toBe(text);
  });

  it('writes the same bytes twice, and an empty array as []', async () => {
    await writeJsonArray(join(dir, 'b.json'), records(), true);
    await writeJsonArray(join(dir, 'c.json'), records(), true);
    expect(readFileSync(join(dir, 'b.json.gz')).equals(readFileSync(join(dir, 'c.json.gz')))).toBe(true);
    await writeJsonArray(join(dir, 'empty.json'), []);
    expect(readFileSync(join(dir, 'empty.json'), 'utf8')).toBe('[]\n');
  });
});
