import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { sortByDate } from '../../src/lib/sort-documents.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readDocuments } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('a reader goes from home to the documents list to a document and links to its third paragraph', async () => {
  const documents = sortByDate((await readDocuments()).map((data) => ({ data })));
  const newest = documents[0]?.data;
  if (!newest) throw new Error('No documents in content/documents');
  const { page, problems } = await openWatchedPage(browser);

  await page.goto(siteUrl);
  await page.getByRole('link', { name: 'Browse all documents' }).click();
  await page.waitForURL(`${siteUrl}documents/`);
  expect(await page.locator('.cards > li').count()).toBe(documents.length);
  expect(await page.locator('.card-title').allTextContents()).toEqual(documents.map((d) => d.data.title));

  await page.locator('.card-title a').first().click();
  const documentUrl = `${siteUrl}documents/${newest.id}/`;
  await page.waitForURL(documentUrl);
  expect(await page.locator('h1').textContent()).toBe(newest.title);
  expect(await page.locator('.meta time').first().textContent()).toBe(formatDate(newest.date, newest.datePrecision));
  expect(await page.locator('.meta').textContent()).toContain(newest.source ?? 'Unknown');

  await page.locator('#p-3').hover();
  await page.locator('#p-3 > .permalink').click();
  await page.waitForURL(`${documentUrl}#p-3`);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');

  const deepLink = await browser.newPage();
  await deepLink.goto(`${documentUrl}#p-3`);
  expect(await deepLink.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
  await deepLink.close();

  expect(problems).toEqual([]);
  await page.close();
});
