import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readDocuments } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it.each(['', 'documents/', 'search/', 'document', 'entities/', 'entities/person/'])('Tab from the top of page "%s" reaches the skip link first, and it moves focus to main', async (path) => {
  const target = path === 'document' ? `documents/${(await readDocuments())[0]?.id}/` : path;
  const { page } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}${target}`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el?.getBoundingClientRect();
    return { text: el?.textContent, visible: !!box && box.top >= 0 && box.height > 0 };
  });
  expect(focused).toEqual({ text: 'Skip to content', visible: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await page.close();
});
