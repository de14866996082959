import { readdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { mostMentionedPerson, readEntities } from './support/corpus.ts';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Site paths (after the base) of every built HTML page except Pagefind's own files. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(OUT_DIR, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
}

/** Pages that enhance themselves with script: search, the term trend and compare (which need it, and say so without it), documents (mention previews; not the listing's pages), entity type indexes and the target ledger's pages (sorting), the timeline (filters, zoom). */
const ENHANCED = /^(?:search\/|trend\/|compare\/|documents\/(?!page\/\d+\/$).+|entities\/[a-z]+\/(?:page\/\d+\/)?|targets\/(?:page\/\d+\/)?|timeline\/|lineage\/)$/;

it('only search, trend, compare, document pages, entity indexes, the ledger, the timeline and the lineage ship <script>', async () => {
  const pages = await builtPages();
  expect(pages).toContain('documents/');
  expect(pages).toContain('entities/person/');
  // JSON-LD (`<script type="application/ld+json">`, on every page) is data, not script: left out.
  const script = /<script\b(?![^>]*\btype="application\/ld\+json")/i;
  for (const path of pages) {
    const html = await (await fetch(new URL(path, siteUrl))).text();
    if (ENHANCED.test(path)) expect(html, path).toMatch(script);
    else expect(html, path).not.toMatch(script);
  }
});

it('without JavaScript, mention links still open entity pages and indexes list every entity', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const person = await mostMentionedPerson();
  const mention = person.mentions[0]!;
  await page.goto(`${siteUrl}documents/${mention.document}/`);
  await page.locator(`#${mention.paragraph} a.mention[data-entity="${person.id}"]`).first().click();
  await page.waitForURL(`${siteUrl}entities/${person.id}/`);
  expect(await page.locator('h1').textContent()).toBe(person.name);

  const people = (await readEntities()).filter((e) => e.type === 'person');
  await page.goto(`${siteUrl}entities/person/`);
  expect(await page.locator('table.sortable tbody tr').count()).toBe(people.length);
  await context.close();
});
