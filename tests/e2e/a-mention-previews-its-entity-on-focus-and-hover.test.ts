import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEntities } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('a mention shows its entity\'s preview on keyboard focus and on hover, and Escape hides it', async () => {
  const entities = await readEntities();
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const documentId = entities.flatMap((e) => e.mentions.map((m) => m.document)).sort()[0]!;
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}documents/${documentId}/`);
  const popup = page.locator('.preview-popup');

  let focused: string | null = null;
  for (let i = 0; i < 200 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement?.matches('a.mention') ? document.activeElement.getAttribute('data-entity') : null));
  }
  expect(focused).not.toBeNull();
  await popup.waitFor({ state: 'visible' });
  expect(await popup.locator('.preview-name').textContent()).toBe(names.get(focused!));
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'hidden' });

  const last = page.locator('a.mention').last();
  const lastEntity = await last.getAttribute('data-entity');
  await last.scrollIntoViewIfNeeded();
  await last.hover();
  await popup.waitFor({ state: 'visible' });
  expect(await popup.locator('.preview-name').textContent()).toBe(names.get(lastEntity!));
  await page.mouse.move(0, 0);
  await popup.waitFor({ state: 'hidden' });
  expect(problems).toEqual([]);
  await page.close();
});
