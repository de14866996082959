import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'bench-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The figures the benchmark prints, by name. */
function figures(stdout: string): Map<string, string> {
  return new Map(stdout.trim().split('\n').map((line) => {
    const at = line.indexOf(': ');
    return [line.slice(0, at), line.slice(at + 2)] as const;
  }));
}

// A smoke test of the script, not of its speed: every step runs and every figure is printed.
it('npm run bench:site builds a small synthetic corpus end to end and prints every figure', () => {
  const result = spawnSync(process.execPath, ['scripts/bench-site.ts', '--texts', '12', '--work', work], { encoding: 'utf8', timeout: 280_000 });
  expect(result.status, result.stderr).toBe(0);
  const printed = figures(result.stdout);
  for (const step of ['content', 'astro', 'pagefind', 'anchor (bare Astro, same MDX)', 'content again, nothing changed', 'content again, one text edited']) {
    expect(printed.get(`${step} time`), step).toMatch(/^\d+\.\d s$/);
    expect(printed.get(`${step} peak memory`), step).toMatch(/^\d+\.\d MB$/);
  }
  expect(printed.get('texts')).toBe('12');
  expect(Number(printed.get('pages'))).toBeGreaterThan(12);
  expect(printed.get('pages over 200 KB raw or 40 KB gzip')).toBe('0');
  expect(printed.get('largest page')).toMatch(/KB raw, [\d.]+ KB gzip$/);
  expect(printed.get('data/mentions.csv')).toMatch(/MB$/);
  expect(printed.get('first query "digital"')).toMatch(/^[1-9]\d* results shown, \d+ requests, [\d.]+ KB transferred/);
  expect(printed.get('first query "hydrogen"')).toMatch(/^\d+ results shown, \d+ requests, [\d.]+ KB transferred/);
  expect(printed.get('whole build / anchor')).toMatch(/^\d+\.\d\d× time, \d+\.\d\d× peak memory$/);
}, 300_000);
