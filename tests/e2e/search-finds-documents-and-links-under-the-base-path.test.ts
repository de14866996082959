import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { blockTexts } from '../../src/lib/search-facets.ts';
import { BASE_PATH } from './support/site.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { mostMentionedPerson, readDocuments, readEntities } from './support/corpus.ts';
import { pathOf, RESULT_LINK, RESULTS_WAIT, search as searchIn, searchState as state } from './support/search.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const search = (page: Page, query: string) => searchIn(page, siteUrl, query);

/** The documents whose title or body has both words of "Resolution 57" (every seed; not a report that names only Plan 58). */
const withResolution57 = async () => (await Promise.all((await readDocuments()).map(async (d) => {
  const { html } = JSON.parse(await readFile(`content/documents/${d.id}.json`, 'utf8')) as { html: string };
  const text = [d.title, ...blockTexts(html)].join('\n');
  return /\bresolutions?\b/i.test(text) && /\b57\b/.test(text) ? [d] : [];
}))).flat();

describe('the search page', () => {
  it('finds every document for "Resolution 57", after the resolution\'s own page', async () => {
    const documents = await withResolution57();
    // Every seed names it; of the tests' own texts (lineage/), the reports on Plan 58 alone do not.
    const seeds = (await readDocuments()).filter((d) => !d.id.startsWith('lineage/')).map((d) => d.id);
    expect(documents.map((d) => d.id)).toEqual(expect.arrayContaining(seeds));
    const resolution = (await readEntities()).find((e) => e.type === 'resolution' && e.name.startsWith('Resolution 57'));
    const { page, problems } = await openWatchedPage(browser);
    const { links } = await search(page, 'Resolution 57');
    expect(links[0]).toBe(`${BASE_PATH}entities/${resolution?.id}/`);
    expect(links.filter((l) => l.includes('/documents/')).map(pathOf).toSorted()).toEqual(documents.map((d) => `${BASE_PATH}documents/${d.id}/`).toSorted());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds the most mentioned person\'s page first for their name, with or without diacritics', async () => {
    const person = await mostMentionedPerson();
    const { page } = await openWatchedPage(browser);
    for (const name of [person.name, ...person.aliases]) {
      const { links } = await search(page, name);
      expect(links[0], name).toBe(`${BASE_PATH}entities/${person.id}/`);
    }
    await page.close();
  });

  it('finds the same documents for "to lam" and for "Tô Lâm"', async () => {
    const { page } = await openWatchedPage(browser);
    const plain = await search(page, 'to lam');
    const accented = await search(page, 'Tô Lâm');
    expect(plain.count).toBeGreaterThan(0);
    expect(accented.links.map(pathOf).toSorted()).toEqual(plain.links.map(pathOf).toSorted());
    await page.close();
  });

  it('offers kind, outlet and year filters when opened, and a filter narrows the results', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const all = await search(page, 'Resolution 57');
    await page.locator('.search-filters summary').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-filter-name').length >= 3, undefined, { polling: 100, timeout: RESULTS_WAIT })
      .catch(async (cause: unknown) => { throw new Error(`Filters did not render: ${JSON.stringify(await state(page))}; ${problems.join('; ')}`, { cause }); });
    const names = await page.locator('.search-filter-name').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(expect.arrayContaining(['Kind of page', 'Outlet', 'People named', 'Instruments and laws named', 'Kind of event reported']));
    expect(await page.locator('select[name="from"] option').count()).toBeGreaterThan(1);
    await page.locator('input[name="kind"][value="Document"]').check();
    await page.waitForFunction((before) => {
      const text = document.querySelector('.search-status')?.textContent ?? '';
      return /^\d+ results? for/.test(text) && Number.parseInt(text, 10) < before;
    }, all.count, { polling: 100, timeout: RESULTS_WAIT });
    const documents = (await withResolution57()).length;
    expect(Number.parseInt(await page.locator('.search-status').textContent() ?? '', 10)).toBe(documents);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks the words found in each excerpt, as text and marks only', async () => {
    const { page } = await openWatchedPage(browser);
    await search(page, 'Resolution 57');
    const marks = await page.locator('.search-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /resolution|57/i.test(m))).toBe(true);
    expect(await page.locator('.search-excerpt *:not(mark)').count()).toBe(0);
    await page.close();
  });

  it('opens a document page under the base path from a result link', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const { links } = await search(page, 'Resolution 57');
    const index = links.findIndex((l) => l.includes('/documents/'));
    await page.locator(RESULT_LINK).nth(index).click();
    await page.waitForURL((url) => url.pathname === new URL(pathOf(links[index] ?? ''), siteUrl).pathname);
    expect(page.url().startsWith(`${siteUrl}documents/`)).toBe(true);
    const id = pathOf(links[index]!).slice(`${new URL(siteUrl).pathname}documents/`.length, -1);
    const document = (await readDocuments()).find((d) => d.id === id);
    expect(await page.locator('h1').textContent()).toBe(document?.title);
    expect(problems).toEqual([]);
    await page.close();
  });
});
