import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BASE_PATH, INPUT_DIR } from './support/site.ts';

/** Where the two builds go (gitignored). */
const ROOT = '.test-determinism';

/** Runs an npm script with the env given; throws with the end of its log on failure. */
function run(script: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync('npm', ['run', script, '--', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n')}`);
}

/** Builds the whole site (content without the cache, pages, search index) into `<ROOT>/<name>`. */
function build(name: string): string {
  const env = { BASE_PATH, CONTENT_DIR: path.join(ROOT, name, 'content'), OUT_DIR: path.join(ROOT, name, 'dist') };
  run('build:content', ['--no-cache', '--input', INPUT_DIR], env);
  run('build:site', [], env);
  return env.OUT_DIR;
}

/** Every file under `dir` by its path, with the SHA-256 of its bytes. */
async function digests(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  return new Map(await Promise.all(files.map(async (f) => {
    const file = path.join(f.parentPath, f.name);
    return [path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const;
  })));
}

afterAll(async () => { await rm(ROOT, { recursive: true, force: true }); });

it('two builds of the same texts give the same files, byte for byte: pages, data, feeds and search index', { timeout: 240_000 }, async () => {
  const [a, b] = [await digests(build('a')), await digests(build('b'))];
  expect(a.size).toBeGreaterThan(100);
  expect([...a.keys()].toSorted()).toEqual([...b.keys()].toSorted());
  const differ = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differ).toEqual([]);
});
