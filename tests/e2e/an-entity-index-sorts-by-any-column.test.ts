import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEntities } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const names = (page: Page) => page.locator('table.sortable tbody th').allTextContents();
const sortState = (page: Page) => page.locator('table.sortable thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')));

it('the people index lists every person, most mentioned first, and sorts by name and back', async () => {
  const people = (await readEntities()).filter((e) => e.type === 'person');
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}entities/person/`);
  const byMentions = [...people].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en'));
  expect(await names(page)).toEqual(byMentions.map((p) => p.name));

  await page.getByRole('button', { name: 'Name', exact: true }).click();
  expect((await sortState(page))[0]).toBe('ascending');
  const ascending = await names(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  expect(ascending.toSorted()).toEqual(people.map((p) => p.name).toSorted());

  await page.getByRole('button', { name: 'Name', exact: true }).click();
  expect((await sortState(page))[0]).toBe('descending');
  expect(await names(page)).toEqual(ascending.toReversed());

  await page.getByRole('button', { name: 'Mentions', exact: true }).click();
  const counts = await page.locator('table.sortable tbody tr').evaluateAll((rows, column) => rows.map((r) => Number(r.children[column]?.textContent)), 2);
  expect(counts).toEqual(counts.toSorted((a, b) => b - a));
  expect(problems).toEqual([]);
  await page.close();
});
