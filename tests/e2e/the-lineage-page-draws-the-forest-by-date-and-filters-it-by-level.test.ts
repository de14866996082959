/**
 * /lineage/: the forest of instruments drawn at build time, by date, one colour per issuer level, with the
 * same trees as a list; every instrument a link a keyboard reaches; a filter by level that only script
 * shows, hiding a level in the chart and the list alike.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { INSTRUMENT_TYPES } from '../../src/schemas/entity.ts';
import type { LineageNode } from '../../src/schemas/lineage.ts';
import { axeContext, axeViolations } from './support/axe.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEntities, readLineage } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
const base = new URL(siteUrl).pathname;
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The instruments the forest holds: those joined by a relation other than a citation. */
const forest = async () => (JSON.parse(await readFile('content/lineage.json', 'utf8')) as LineageNode[])
  .filter((n) => n.parents.length + n.children.length + [...n.references, ...n.referencedBy].filter((e) => e.kind !== 'cites').length > 0);

it('without JavaScript, the chart and the list show every instrument of the forest, by date, each a link to its page', async () => {
  const nodes = await forest();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}lineage/`);
  expect(await page.locator('#lineage-filters').isHidden()).toBe(true);
  const marks = page.locator('svg.lineage-svg a.lineage-mark');
  const hrefs = await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.toSorted()).toEqual(nodes.map((n) => `${base}entities/${n.id}/`).toSorted());
  expect(await page.locator('.lineage-forest li[id^="lineage-"]').count()).toBe(nodes.length);
  expect(await page.locator('.lineage-forest .lineage-row:visible').count()).toBe(nodes.length);

  // x follows the date of issue: the dated marks, in date order, stand left to right.
  const placed = await marks.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), x: Number(a.querySelector('circle:last-of-type')!.getAttribute('cx')) })));
  const x = new Map(placed.map((p) => [p.href, p.x]));
  const byDate = nodes.filter((n) => n.date).sort((a, b) => (a.date! < b.date! ? -1 : 1)).map((n) => x.get(`${base}entities/${n.id}/`)!);
  expect(byDate).toEqual(byDate.toSorted((a, b) => a - b));
  // One colour per level, named in the legend.
  const levels = [...new Set(await marks.evaluateAll((as) => as.map((a) => a.getAttribute('data-level'))))];
  expect(levels.length).toBeGreaterThanOrEqual(4);
  expect(await page.locator('.lineage-legend li').count()).toBe(levels.length);
  const fills = await marks.evaluateAll((as) => as.map((a) => `${a.getAttribute('data-level')}=${getComputedStyle(a.querySelector('circle:last-of-type')!).fill}`));
  expect(new Set(fills).size).toBe(levels.length);
  await context.close();
});

it('with JavaScript, a level unticked hides its instruments in the chart and the list, and a keyboard reaches each mark', async () => {
  const nodes = await forest();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}lineage/`);
  await page.locator('#lineage-filters').waitFor({ state: 'visible' });
  const shownMarks = () => page.locator('svg.lineage-svg a.lineage-mark:visible').count();
  const shownRows = () => page.locator('.lineage-forest .lineage-row:visible').count();
  expect(await shownMarks()).toBe(nodes.length);

  const provincial = nodes.filter((n) => n.level === 'province-or-city').length;
  expect(provincial).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Province or city' }).uncheck();
  expect(await shownMarks()).toBe(nodes.length - provincial);
  expect(await shownRows()).toBe(nodes.length - provincial);
  expect(await page.locator('svg.lineage-svg [data-level="province-or-city"]:visible').count()).toBe(0);
  expect(await page.locator('svg.lineage-svg path[data-levels~="province-or-city"]:visible').count()).toBe(0);
  expect(await page.locator('#lineage-status').textContent()).toBe(`${nodes.length - provincial} of ${nodes.length} instruments shown.`);
  // What hangs below a hidden instrument stays: the Government's resolution is still listed.
  expect(await page.locator('.lineage-forest').getByRole('link', { name: 'Resolution 03/NQ-CP', exact: true }).first().isVisible()).toBe(true);

  await page.getByRole('checkbox', { name: 'Province or city' }).check();
  expect(await shownMarks()).toBe(nodes.length);

  // The next stop after the filter is the chart's first instrument, and Enter opens its page.
  await page.locator('#lineage-filters input').last().focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ cls: document.activeElement?.getAttribute('class'), href: document.activeElement?.getAttribute('href'), name: document.activeElement?.getAttribute('aria-label') }));
  expect(focused.cls).toContain('lineage-mark');
  expect(focused.name).toMatch(/^Resolution 57-NQ\/TW, Politburo, Party, 22 December 2024/);
  await page.keyboard.press('Enter');
  await page.waitForURL(new URL(focused.href!, siteUrl).href);
  expect(await page.locator('section.lineage h2').textContent()).toBe('Lineage');
  expect(problems).toEqual([]);
  await page.close();
});

it('the lineage page with a level filtered out has no axe violations', async () => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(`${siteUrl}lineage/`);
  await page.getByRole('checkbox', { name: 'Ministry' }).uncheck();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

it('an instrument page shows a Lineage section linking into the forest when a text relates it to another, and none otherwise', async () => {
  const related = new Set((await readLineage()).map((n) => n.id));
  const instruments = (await readEntities()).filter((e) => (INSTRUMENT_TYPES as readonly string[]).includes(e.type));
  const alone = instruments.find((e) => !related.has(e.id))!;
  expect(alone).toBeDefined();
  expect(await (await fetch(`${siteUrl}entities/${alone.id}/`)).text()).not.toContain('class="lineage"');
  const html = await (await fetch(`${siteUrl}entities/plan/58-kh-ubnd/`)).text();
  expect(html).toContain(`href="${base}lineage/#lineage-plan-58-kh-ubnd"`);
});
