/**
 * The chain of policy, as a reader follows it: from Resolution 57's page, down its lineage to a provincial
 * plan under it, from the plan to the text that issued it and a target that text states, and on the
 * target's page the progress the texts report, in date order. The plan, its target and the reports of
 * progress are the texts written for these tests (tests/e2e/texts/: Ben Tre's Plan 58/KH-UBND).
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { LineageNode } from '../../src/schemas/lineage.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readTargets } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const RESOLUTION = 'resolution/57-nq-tw';
const PLAN = 'plan/58-kh-ubnd';
const PLAN_TEXT = 'Ben Tre sets its cashless payment target under Resolution 57';
const METRIC = 'Cashless payments share of retail transactions';

it('from a resolution\'s page, a reader follows its lineage to a provincial plan under it, then to a target the plan states and its progress in date order', async () => {
  const lineage = JSON.parse(await readFile('content/lineage.json', 'utf8')) as LineageNode[];
  const plan = lineage.find((n) => n.id === PLAN)!;
  expect(plan.level).toBe('province-or-city');
  const target = (await readTargets()).find((t) => t.scope === 'Ben Tre' && t.metric.toLowerCase() === METRIC.toLowerCase())!;
  expect(target.figures.map((f) => f.kind)).toEqual(['baseline', 'reported', 'reported']);

  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}entities/${RESOLUTION}/`);
  const lineageSection = page.locator('section.lineage');
  expect(await lineageSection.locator('h3').allTextContents()).toContain('Issued under it');
  // The plan is listed under what it implements, with its date, issuer and level.
  const row = lineageSection.locator('.lineage-row', { has: page.getByRole('link', { name: plan.name, exact: true }) }).first();
  expect(await row.textContent()).toMatch(/implements.*3 March 2025.*Province or city/);
  await row.getByRole('link', { name: plan.name, exact: true }).click();
  await page.waitForURL(`${siteUrl}entities/${PLAN}/`);
  expect(await page.locator('h1').textContent()).toBe(plan.name);

  // Up from the plan: the resolutions it implements, the one a text gets wrong flagged in words.
  const up = page.locator('section.lineage > ul.lineage-tree').first();
  expect(await up.getByRole('link', { name: 'Resolution 57-NQ/TW', exact: true }).count()).toBeGreaterThan(0);
  await expect.poll(() => up.locator('.conflict-flag').first().isVisible()).toBe(true);
  expect(await up.locator('.conflict-flag').first().textContent()).toContain('Conflict:');
  expect(await page.locator('section.lineage').textContent()).toContain('sets up the Steering Committee');

  // The text that issued the plan, and a target it states.
  await page.locator('section[aria-labelledby="texts-title"]').getByRole('link', { name: PLAN_TEXT }).click();
  await page.waitForURL(/\/documents\/lineage\/ben-tre-plan-57\/$/);
  await page.locator('.document-targets').getByRole('link', { name: METRIC }).click();
  await page.waitForURL(`${siteUrl}targets/${target.id}/`);

  // Its progress: a dot per figure, and the table of the same figures oldest first, the target last.
  expect(await page.locator('.progress-chart svg').count()).toBe(1);
  expect(await page.locator('.progress-chart svg .progress-dot').count()).toBe(target.figures.length);
  const rows = page.locator('.progress-table tbody tr:not(.progress-goal)');
  const dates = await rows.locator('td:first-child').allTextContents();
  expect(dates).toHaveLength(target.figures.length);
  expect(dates).toEqual(dates.toSorted());
  expect(dates).toEqual(target.figures.map((f) => f.date));
  expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(['Baseline', 'Reported', 'Reported']);
  expect(await page.locator('.progress-table tbody tr').last().textContent()).toContain(String(target.deadline));
  expect(problems).toEqual([]);
  await page.close();
});
