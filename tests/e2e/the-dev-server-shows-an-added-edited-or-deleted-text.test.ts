import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'dev-server-'));
const seeds = join(work, 'seeds');
let server: ChildProcess | undefined;
let url = '';
let log = '';

/** A text in the style of the seeds, with a title line of its own. */
const text = (title: string, body: string) => `${title}\n\nOn the morning of March 4, 2025, in Hanoi, the ministry held a conference. ${body}\n`;

/** A free port on the loopback interface. */
const freePort = () => new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => done(port));
  });
});

/** Polls a page until `check` holds for its HTML, or fails after `ms` with what the server printed. */
async function until(path: string, check: (html: string) => boolean, ms = 30_000): Promise<string> {
  const deadline = Date.now() + ms;
  let html = '';
  while (Date.now() < deadline) {
    html = await fetch(new URL(path, url), { signal: AbortSignal.timeout(10_000) }).then((r) => r.text(), () => '');
    if (check(html)) return html;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never showed the change; the dev server printed:\n${log.slice(-3000)}`);
}

beforeAll(async () => {
  mkdirSync(join(seeds, 'outlet'), { recursive: true });
  writeFileSync(join(seeds, 'first.txt'), text('The first text of the dev corpus', 'Delegates discussed research funding.'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, ['scripts/dev.ts', '--input', seeds, '--cache', join(work, 'cache'), '--port', String(port), '--host', '127.0.0.1'], {
    // As a person would start it: without Vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), CONTENT_DIR: join(work, 'content') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => { log += chunk; });
  server.stderr!.on('data', (chunk: Buffer) => { log += chunk; });
  await until('documents/', (html) => html.includes('The first text of the dev corpus'), 90_000);
}, 120_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

it('npm run dev shows a text added, then edited, then deleted, each within seconds', async () => {
  const added = join(seeds, 'outlet', 'second.txt');
  writeFileSync(added, text('A second text added while the server runs', 'The province aims to reach 40% by 2030.'));
  await until('documents/', (html) => html.includes('A second text added while the server runs'));
  await until('documents/outlet/second/', (html) => html.includes('The province aims to reach 40% by 2030.'));

  writeFileSync(added, text('A second text added while the server runs', 'The province now aims to reach 45% by 2030.'));
  await until('documents/outlet/second/', (html) => html.includes('now aims to reach 45%'));

  unlinkSync(added);
  await until('documents/', (html) => html.includes('The first text of the dev corpus') && !html.includes('A second text added'));
  expect(log).toMatch(/\[content\] changed .*second\.txt.*1 analysed/);
}, 120_000);
