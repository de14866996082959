import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('an unknown path gets the 404 page, styled, with links home and to search', async () => {
  const missing = `${siteUrl}no/such/page/`;
  const { page, problems } = await openWatchedPage(browser);
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Page not found');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
  expect(problems).toContain(`HTTP 404: ${missing}`);
  expect(problems.filter((problem) => !problem.includes(missing))).toEqual([]);

  await page.getByRole('link', { name: 'Search the texts' }).click();
  await page.waitForURL(`${siteUrl}search/`);
  await page.goto(missing);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await page.waitForURL(siteUrl);
});
