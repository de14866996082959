import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { metricTitle, targetValue } from '../../src/lib/target-format.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readTargets } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('the target ledger lists every target with its value and deadline, charts them by deadline, and a box opens the target page', async () => {
  const targets = await readTargets();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}targets/`);
  const rows = await page.locator('table.ledger tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent?.trim())));
  expect(rows).toEqual(targets.map((t) => [metricTitle(t.metric), expect.stringContaining(targetValue(t)), String(t.deadline)]));
  expect(await page.locator('table.ledger tbody tr.conflict').count()).toBe(targets.filter((t) => t.conflicts.length > 0).length);
  expect((await page.locator('svg.target-chart .column-year').allTextContents()).map(Number)).toEqual([...new Set(targets.map((t) => t.deadline))]);

  const target = targets.find((t) => t.sources.length > 1) ?? targets[0]!;
  await page.locator(`svg.target-chart a[href$="targets/${target.id}/"]`).click();
  await page.waitForURL(`${siteUrl}targets/${target.id}/`);
  expect(await page.locator('h1').textContent()).toBe(metricTitle(target.metric));
  expect(await page.locator('.excerpts blockquote').count()).toBe(target.sources.length);
  expect(problems).toEqual([]);
  await page.close();
});
