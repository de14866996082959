/**
 * A reader with a keyboard alone (Tab, Enter, Space, Escape, typing; no click, no focus() from the
 * test): the timeline, the target ledger, the mention previews and the search. Each step asserts what
 * the reader meets: the element focused, the text shown, the URL opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { formatTimeValue } from '../../src/lib/dates.ts';
import { metricTitle } from '../../src/lib/target-format.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEntities, readEvents, readTargets } from './support/corpus.ts';
import { RESULTS_WAIT, searchesShown, waitForCount } from './support/search.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** What has focus: its tag, its accessible-ish text (aria-label, else its text) and its href. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName.toLowerCase(), text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), href: el?.getAttribute('href') ?? null };
});

/** Presses Tab until the focused element matches `selector`; fails after `max` presses, saying where focus was. */
async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${selector}; focus is on ${JSON.stringify(await focused(page))}`);
}

it('on the timeline, Tab reaches a mark, named by its event and date, and Enter opens the event', async () => {
  const events = await readEvents();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}timeline/`);
  await tabTo(page, '#timeline-chart a.mark:not(.mark-target)');
  const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id')!);
  const event = events.find((e) => e.id === id)!;
  expect(await focused(page)).toEqual({ tag: 'a', text: `${event.title}, ${formatTimeValue(event.date, event.precision)}`, href: `${new URL(siteUrl).pathname}events/${id}/` });
  await page.keyboard.press('Enter');
  await page.waitForURL(`${siteUrl}events/${id}/`);
  expect(await page.locator('h1').textContent()).toBe(event.title);
  expect(problems).toEqual([]);
  await page.close();
});

it('in the ledger, Enter on a column header sorts by it, and a target link opens with Enter', async () => {
  const targets = await readTargets();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}targets/`);
  await tabTo(page, 'table.ledger thead th:first-child .sort-button');
  expect((await focused(page)).text).toBe('Metric');
  await page.keyboard.press('Enter');
  expect(await page.locator('table.ledger thead th:first-child').getAttribute('aria-sort')).toBe('ascending');
  const metrics = await page.locator('table.ledger tbody th a').allTextContents();
  expect(metrics).toEqual(targets.map((t) => metricTitle(t.metric)).sort((a, b) => (a === b ? 0 : a < b ? -1 : 1)));
  await page.keyboard.press('Enter');
  expect(await page.locator('table.ledger thead th:first-child').getAttribute('aria-sort')).toBe('descending');
  expect(await page.locator('table.ledger tbody th a').first().textContent()).toBe(metrics.at(-1));

  await tabTo(page, 'table.ledger tbody th a');
  const first = targets.find((t) => metricTitle(t.metric) === metrics.at(-1))!;
  expect(await focused(page)).toMatchObject({ text: metricTitle(first.metric) });
  const href = (await focused(page)).href!;
  await page.keyboard.press('Enter');
  await page.waitForURL(new URL(href, siteUrl).href);
  expect(await page.locator('h1').textContent()).toBe(metricTitle(first.metric));
  expect(targets.filter((t) => href.endsWith(`targets/${t.id}/`))).toHaveLength(1);
  expect(problems).toEqual([]);
  await page.close();
});

it('a mention focused with Tab shows its entity\'s preview beside it, Escape hides it, and the next mention shows its own', async () => {
  const entities = await readEntities();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const documentId = entities.flatMap((e) => e.mentions.map((m) => m.document)).sort()[0]!;
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}documents/${documentId}/`);
  const popup = page.locator('.preview-popup');

  await tabTo(page, 'a.mention');
  const first = byId.get(await page.evaluate(() => document.activeElement!.getAttribute('data-entity')!))!;
  await popup.waitFor({ state: 'visible' });
  expect(await popup.locator('.preview-name').textContent()).toBe(first.name);
  expect(await popup.locator('.preview-kind').innerText()).toMatch(new RegExp(`^${first.type}$`, 'i'));
  const [linkBox, cardBox] = [await page.evaluate(() => document.activeElement!.getBoundingClientRect().bottom), await popup.boundingBox()];
  expect(cardBox!.y).toBeGreaterThanOrEqual(linkBox);

  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => document.activeElement!.getAttribute('data-entity'))).toBe(first.id);

  await tabTo(page, 'a.mention');
  const next = await page.evaluate(() => document.activeElement!.getAttribute('data-entity')!);
  await popup.waitFor({ state: 'visible' });
  expect(await popup.locator('.preview-name').textContent()).toBe(byId.get(next)!.name);
  expect(problems).toEqual([]);
  await page.close();
});

it('in search, a reader types, Tabs to the filters, checks one with Space, then reaches a result and opens it', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}search/`);
  await tabTo(page, '#search-q');
  await page.keyboard.type('science');
  // Typing searches as the words change: wait for the search of the whole word, not of "sci".
  await page.waitForFunction(() => /for “science”\.$/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: RESULTS_WAIT });
  const typed = await searchesShown(page);
  const all = Number.parseInt((await page.locator('.search-status').textContent())!, 10);
  expect(all).toBeGreaterThan(1);
  expect(await page.locator('.search-status').textContent()).toBe(`${all} results for “science”.`);

  await tabTo(page, '.search-filters summary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.search-filter input[type="checkbox"]').length > 0, undefined, { timeout: RESULTS_WAIT });
  expect(await waitForCount(page, typed)).toBe(all);
  await tabTo(page, '.search-filter input[type="checkbox"][name="kind"][value="Document"]');
  const label = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels![0]!.textContent!);
  const expected = Number(/\((\d+)\)/.exec(label)![1]);
  expect(expected).toBeLessThan(all);
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  expect(await waitForCount(page, typed + 1, true)).toBe(expected);
  expect(await page.locator('.search-status').textContent()).toBe(`${expected} ${expected === 1 ? 'result' : 'results'} for “science” with the filters chosen.`);
  expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Document']);

  await tabTo(page, '.search-result-link');
  const { href, text } = await focused(page);
  expect(text).toBe(await page.locator('.search-result-link').first().textContent());
  await page.keyboard.press('Enter');
  await page.waitForURL(new URL(href!, page.url()).href);
  expect(page.url()).toContain(`${siteUrl}documents/`);
  expect(await page.locator('h1').textContent()).toBe(text);
  expect(problems).toEqual([]);
  await page.close();
});
