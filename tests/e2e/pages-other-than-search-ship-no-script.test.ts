import { readdir } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');

/** Site URLs of every built HTML page except Pagefind's own files. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(OUT_DIR, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href);
}

it('pages other than /search/ ship no <script>', async () => {
  const pages = await builtPages();
  expect(pages).toContain(`${siteUrl}documents/`);
  for (const url of pages.filter((u) => u !== `${siteUrl}search/`)) {
    const html = await (await fetch(url)).text();
    expect(html, url).not.toMatch(/<script\b/i);
  }
  expect(await (await fetch(`${siteUrl}search/`)).text()).toMatch(/<script\b/i);
});
