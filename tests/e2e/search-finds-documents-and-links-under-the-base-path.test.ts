import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_PATH } from './support/site.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { mostMentionedPerson, readDocuments, readEntities } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** How long a search may take to show its results or filters. */
const RESULTS_WAIT = 10_000;

/** A result's own link (not the links to its sections). */
const RESULT_LINK = '.search-result-link';

/** What the search page shows, for a failure message. */
const state = (page: Page) => page.evaluate(() => ({
  message: document.querySelector('.search-status')?.textContent,
  results: document.querySelectorAll('.search-result').length,
  loadMore: Boolean(document.querySelector('.search-more:not([hidden])')),
  filters: document.querySelectorAll('.search-filter-name').length,
}));

/**
 * Opens /search/?q=… and waits for the result count and then every result (they render in pages
 * of ten, with a button for more); returns the count and every result link. Gives up
 * after RESULTS_WAIT with what the page showed, rather than hanging until the test times out.
 */
async function search(page: Page, query: string): Promise<{ count: number; links: string[] }> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.bringToFront();
  const message = await page.waitForFunction(() => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return /^(\d+|No) results? for/.test(text) ? text : null;
  }, undefined, { polling: 100, timeout: RESULTS_WAIT });
  const count = Number.parseInt(String(await message.jsonValue()), 10) || 0;
  const loadMore = page.locator('.search-more');
  const deadline = Date.now() + RESULTS_WAIT;
  while ((await page.locator(RESULT_LINK).count()) < count) {
    if (Date.now() > deadline) throw new Error(`Search for "${query}" did not render its ${count} results: ${JSON.stringify(await state(page))}`);
    if (await loadMore.isVisible()) await loadMore.click();
    else await page.waitForTimeout(50);
  }
  return { count, links: await page.locator(RESULT_LINK).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')) };
}

describe('the search page', () => {
  it('finds every document for "Resolution 57", after the resolution\'s own page', async () => {
    const documents = await readDocuments();
    const resolution = (await readEntities()).find((e) => e.type === 'resolution' && e.name.startsWith('Resolution 57'));
    const { page, problems } = await openWatchedPage(browser);
    const { links } = await search(page, 'Resolution 57');
    expect(links[0]).toBe(`${BASE_PATH}entities/${resolution?.id}/`);
    expect(links.filter((l) => l.includes('/documents/')).toSorted()).toEqual(documents.map((d) => `${BASE_PATH}documents/${d.id}/`).toSorted());
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
    expect(accented.links.toSorted()).toEqual(plain.links.toSorted());
    await page.close();
  });

  it('offers kind, outlet and year filters when opened, and a filter narrows the results', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const all = await search(page, 'Resolution 57');
    await page.locator('.search-filters summary').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-filter-name').length >= 3, undefined, { polling: 100, timeout: RESULTS_WAIT })
      .catch(async (cause: unknown) => { throw new Error(`Filters did not render: ${JSON.stringify(await state(page))}; ${problems.join('; ')}`, { cause }); });
    const names = await page.locator('.search-filter-name').allTextContents();
    expect(names.map((n) => n.trim().toLowerCase())).toEqual(expect.arrayContaining(['kind', 'outlet', 'year']));
    await page.locator('input[name="kind"][value="Document"]').check();
    await page.waitForFunction((before) => {
      const text = document.querySelector('.search-status')?.textContent ?? '';
      return /^\d+ results? for/.test(text) && Number.parseInt(text, 10) < before;
    }, all.count, { polling: 100, timeout: RESULTS_WAIT });
    const documents = (await readDocuments()).length;
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
    await page.waitForURL(new URL(links[index] ?? '', siteUrl).href);
    expect(page.url().startsWith(`${siteUrl}documents/`)).toBe(true);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });
});
