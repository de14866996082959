import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceVersion } from '../../../scripts/lib/source-version.ts';
import { PIPELINE_VERSION } from '../../../src/pipeline/text-cache.ts';

describe('the content build\'s cache version', () => {
  it('changes with any TypeScript source under the folder, and only with those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'source-version-'));
    mkdirSync(join(dir, 'pipeline/targets'), { recursive: true });
    writeFileSync(join(dir, 'pipeline/targets/rank.ts'), 'export const TOP = /top (\\d+)/;\n');
    writeFileSync(join(dir, 'content.config.ts'), 'export {};\n');
    const first = await sourceVersion(dir);
    expect(first.startsWith(`${PIPELINE_VERSION}+`)).toBe(true);
    expect(await sourceVersion(dir)).toBe(first);
    // A page template is not read by the content build.
    writeFileSync(join(dir, 'Page.astro'), '<p>hello</p>\n');
    expect(await sourceVersion(dir)).toBe(first);
    writeFileSync(join(dir, 'pipeline/targets/rank.ts'), 'export const TOP = /top\\s+(\\d+)/;\n');
    const edited = await sourceVersion(dir);
    expect(edited).not.toBe(first);
    writeFileSync(join(dir, 'pipeline/targets/new-reader.ts'), 'export {};\n');
    expect(await sourceVersion(dir)).not.toBe(edited);
  });
});
