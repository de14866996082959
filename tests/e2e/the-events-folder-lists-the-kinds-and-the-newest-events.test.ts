import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { EVENT_KINDS } from '../../src/lib/event-kinds.ts';
import { EVENTS_LATEST } from '../../src/lib/page-sizes.ts';
import type { Event } from '../../src/schemas/event.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEvents } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let events: Event[];
beforeAll(async () => { browser = await launchBrowser(); events = await readEvents(); });
afterAll(async () => { await browser?.close(); });

it('/events/ answers with every kind and its count, and the newest events, each opening its page', async () => {
  const { page, problems } = await openWatchedPage(browser);
  const response = await page.goto(`${siteUrl}events/`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').textContent()).toBe('Events');
  const rows = await page.locator('table.event-kinds tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, Number(tr.querySelector('td')!.textContent)]));
  const counts = Map.groupBy(events, (e) => e.kind);
  expect(Object.fromEntries(rows)).toEqual(Object.fromEntries([...counts].map(([kind, list]) => [EVENT_KINDS[kind].plural, list.length])));
  const happened = events.filter((e) => e.kind !== 'milestone');
  const links = await page.locator('.event-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toHaveLength(Math.min(EVENTS_LATEST, happened.length));
  const newest = happened.map((e) => e.from).sort().at(-1)!;
  const first = events.find((e) => links[0]!.endsWith(`/events/${e.id}/`));
  expect(first?.from).toBe(newest);
  await page.goto(new URL(links[0]!, page.url()).href);
  expect(await page.locator('.kicker a').first().textContent()).toBe('Timeline');
  expect(problems).toEqual([]);
  await page.close();
});
