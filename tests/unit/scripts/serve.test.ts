import { mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Server } from '../../../scripts/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
/** Larger than one read, so that a client can go away while the file is being sent. */
const BIG = Buffer.alloc(4 * 1024 * 1024, 'a');
let server: Server;

beforeAll(async () => {
  writeFileSync(join(dir, 'big.pagefind'), BIG);
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  server = await serve(dir, { base: '/kb/' });
});
afterAll(() => server.close());

/** How many files under the served folder this process holds open. */
const openFiles = () => readdirSync('/proc/self/fd').filter((fd) => {
  try { return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir); } catch { return false; }
}).length;

/** Starts a GET and cuts it after the first bytes of the body. */
const abandon = (path: string) => new Promise<void>((resolve) => {
  const req = http.get(`${server.url}${path}`, (res) => res.once('data', () => { req.destroy(); resolve(); }));
  req.on('error', () => resolve());
});

describe('the static server', () => {
  it('sends each file with its length, and a HEAD with the length and no body', async () => {
    const get = await fetch(`${server.url}big.pagefind`);
    expect(get.headers.get('content-length')).toBe(String(BIG.length));
    expect(Buffer.from(await get.arrayBuffer()).equals(BIG)).toBe(true);
    const head = await fetch(`${server.url}`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('13');
    expect(await head.text()).toBe('');
  });

  it('closes the file when a client goes away in the middle, and still answers everyone else', async () => {
    await Promise.all(Array.from({ length: 40 }, () => abandon('big.pagefind')));
    const answers = await Promise.all(Array.from({ length: 20 }, async () => (await fetch(`${server.url}big.pagefind`)).arrayBuffer()));
    expect(answers.every((a) => a.byteLength === BIG.length)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(openFiles()).toBe(0);
  });
});
