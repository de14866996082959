import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const KNOWN = join(ROOT, 'data/known-entities.yaml');
const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/build-content.ts'), '--known', KNOWN, ...args], { cwd, encoding: 'utf8' });

/** Every file under a folder with its bytes, for comparing two builds. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p); else out[relative(dir, p)] = readFileSync(p, 'base64');
  });
  walk(dir);
  return out;
}

describe('npm run build:content on a folder with good and bad texts', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'build-content-'));
    mkdirSync(join(cwd, 'seeds/outlet'), { recursive: true });
    writeFileSync(join(cwd, 'seeds/good.txt'), 'On March 4, the council met after Resolution No. 3 of February 1, 2025.\nIt agreed on a plan.\n');
    writeFileSync(join(cwd, 'seeds/outlet/second.txt'), 'A second text about the plan.\nWith a second line.\n');
    writeFileSync(join(cwd, 'seeds/outlet/second.meta.yaml'), 'title: Second text\ndate: 2025-02\n');
    writeFileSync(join(cwd, 'seeds/bad.txt'), Buffer.from([0x41, 0x0a, 0x42, 0xc3, 0x28]));
    writeFileSync(join(cwd, 'seeds/empty.txt'), '');
    writeFileSync(join(cwd, 'seeds/lonely.meta.json'), '{}');
    writeFileSync(join(cwd, 'seeds/notes.md'), '# not an input');
  });

  it('writes a page for each good text, reports the bad ones and exits 0', () => {
    const result = run(cwd);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'seeds/lonely.meta.json:1:1: sidecar without a text (expected seeds/lonely.txt), ignored (read)',
      'seeds/bad.txt:2:2: not valid UTF-8, skipped (ingest)',
      'seeds/empty.txt:1:1: empty file, skipped (ingest)',
    ]);
    expect(result.stdout).toMatch(/^Built 2 document\(s\), \d+ entities, \d+ events and milestones and \d+ targets from 4 text\(s\) in \d+ ms; 2 skipped, 1 warning\(s\)\.$/m);
    expect(readdirSync(join(cwd, 'content/documents'), { recursive: true }).sort()).toEqual(['good.json', 'outlet', 'outlet/second.json']);
    const documents = JSON.parse(readFileSync(join(cwd, 'content/documents.json'), 'utf8')) as { id: string; title: string }[];
    expect(documents.map((d) => [d.id, d.title])).toContainEqual(['outlet/second', 'Second text']);
    expect(readdirSync(join(cwd, 'content/data')).sort()).toEqual(expect.arrayContaining(['documents.json', 'entities.json', 'mentions.csv', 'events.csv']));
  });

  it('warns with its path when the curated list cannot be read, and builds the texts anyway', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-content.ts'), '--known', 'data/missing.yaml', '--no-cache'], { cwd, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('data/missing.yaml:1:1: cannot read the curated list (ENOENT), building without it (known)\n');
    expect(result.stdout).toMatch(/^Built 2 document\(s\), .* 2 skipped, 2 warning\(s\)\.$/m);
  });

  it('exits 1 under --strict when anything was reported', () => {
    expect(run(cwd, '--strict').status).toBe(1);
  });

  it('writes the same bytes from its cache as without it, and says what it reused', () => {
    run(cwd, '--no-cache');
    const clean = snapshot(join(cwd, 'content'));
    run(cwd);
    const again = run(cwd);
    expect(again.stdout).toMatch(/^Cache \.cache\/pipeline: 2 text\(s\) reused, 0 analysed; the timelines of 2 document\(s\) reused, 0 read\.$/m);
    expect(snapshot(join(cwd, 'content'))).toEqual(clean);
  });

  it('reads again, after an edit, only the edited text and the timelines that read what it changed', () => {
    run(cwd);
    const good = readFileSync(join(cwd, 'seeds/good.txt'), 'utf8');
    writeFileSync(join(cwd, 'seeds/good.txt'), `${good}The council will meet again in May.\n`);
    try {
      const edited = run(cwd);
      expect(edited.stdout).toMatch(/^Cache \.cache\/pipeline: 1 text\(s\) reused, 1 analysed; the timelines of 1 document\(s\) reused, 1 read, 2 stale entries removed\.$/m);
      const cached = snapshot(join(cwd, 'content'));
      run(cwd, '--no-cache');
      expect(snapshot(join(cwd, 'content'))).toEqual(cached);
    } finally {
      writeFileSync(join(cwd, 'seeds/good.txt'), good);
    }
  });

  it('writes byte-identical content for the same inputs', () => {
    run(cwd);
    const first = snapshot(join(cwd, 'content'));
    run(cwd);
    expect(snapshot(join(cwd, 'content'))).toEqual(first);
  });
});

/** The project's seeds are a copy of a shared folder beside it, which exists only on the machines that hold it. */
const SHARED_SEEDS = join(ROOT, '../shared/seeds');
const hasShared = existsSync(SHARED_SEEDS);

describe.skipIf(!hasShared)(hasShared ? 'the seeds' : `the seeds (skipped: no shared seeds at ${SHARED_SEEDS})`, () => {
  it('are a byte-for-byte copy of the shared seeds beside the project', () => {
    const names = readdirSync(SHARED_SEEDS).sort();
    expect(readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(ROOT, 'seeds', name)).equals(readFileSync(join(SHARED_SEEDS, name))), name).toBe(true);
  });
});
