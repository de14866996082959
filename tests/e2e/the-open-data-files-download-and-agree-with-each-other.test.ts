import { gunzipSync } from 'node:zlib';
import { expect, inject, it } from 'vitest';
import { readEntities } from './support/corpus.ts';

const siteUrl = inject('siteUrl');

/** A file of the built site, as bytes. */
async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

it('every file the data page lists downloads, gzip copies match their files, and every mention is in mentions.csv', async () => {
  const page = await (await fetch(`${siteUrl}data/`)).text();
  const links = [...page.matchAll(/href="([^"]+\/data\/[^"/]+\.(?:json|csv)(?:\.gz)?)"/g)].map((m) => new URL(m[1]!, siteUrl).href);
  const names = links.map((l) => l.split('/').at(-1));
  expect(names).toEqual(expect.arrayContaining(['documents.json', 'entities.json', 'events.json', 'targets.json', 'facts.json', 'mentions.csv', 'roles.csv', 'statements.csv']));
  expect(page).toMatch(/mentions\.csv<\/code><\/a> \([\d.]+ [kMG]?B/);

  const files = new Map<string, Buffer>();
  for (const url of links) files.set(url.split('/').at(-1)!, await download(url));
  for (const [name, bytes] of files) {
    if (name.endsWith('.gz')) expect(gunzipSync(bytes).equals(files.get(name.slice(0, -3)) ?? await download(`${siteUrl}data/${name.slice(0, -3)}`)), name).toBe(true);
    else if (name.endsWith('.json')) expect(Array.isArray(JSON.parse(bytes.toString('utf8'))), name).toBe(true);
    else expect(bytes.toString('utf8').split('\r\n')[0], name).toMatch(/^[a-z]+(,[a-zA-Z]+)+$/);
  }

  const entities = await readEntities();
  const rows = files.get('mentions.csv')!.toString('utf8').trimEnd().split('\r\n').length - 1;
  expect(rows).toBe(entities.reduce((n, e) => n + e.mentions.length, 0));
});
