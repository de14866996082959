import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { formatTimeValue } from '../../src/lib/dates.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readEvents } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('the timeline draws a mark for every event and milestone, lists the same, and a mark opens its event page', async () => {
  const events = await readEvents();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}timeline/`);
  const marks = page.locator('#timeline-chart a.mark:not(.mark-target)');
  expect((await marks.evaluateAll((as) => as.map((a) => a.getAttribute('data-id')))).toSorted()).toEqual(events.map((e) => e.id).toSorted());
  const listed = await page.locator('.event-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed).toEqual(events.map((e) => `${new URL(siteUrl).pathname}events/${e.id}/`));
  // A screen reader names the chart and hears how many events and milestones it draws.
  expect(await page.locator('svg.timeline-chart > title').textContent()).toBe('Timeline of events and milestones');
  const milestones = events.filter((e) => e.kind === 'milestone').length;
  const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  expect(await page.locator('svg.timeline-chart > desc').textContent())
    .toContain(`${counted(events.length - milestones, 'event')}, ${counted(milestones, 'milestone')}`);

  const event = events.find((e) => e.kind !== 'milestone') ?? events[0]!;
  const mark = page.locator(`#timeline-chart a.mark[data-id="${event.id}"]`);
  expect(await mark.getAttribute('aria-label')).toBe(`${event.title}, ${formatTimeValue(event.date, event.precision)}`);
  await mark.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${siteUrl}events/${event.id}/`);
  expect(await page.locator('h1').textContent()).toBe(event.title);
  expect(await page.locator('.excerpts blockquote').count()).toBe(event.sources.length);
  expect(problems).toEqual([]);
  await page.close();
});

it('with JavaScript, the timeline filters by kind and zooms into one year', async () => {
  const events = await readEvents();
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${siteUrl}timeline/`);
  const visibleMarks = () => page.locator('#timeline-chart a.mark:not(.filtered-out):not(.mark-target)').count();
  const visibleItems = () => page.locator('.event-list li:not(.filtered-out)').count();
  expect(await visibleMarks()).toBe(events.length);

  await page.getByRole('checkbox', { name: 'Milestones due' }).uncheck();
  const happenings = events.filter((e) => e.kind !== 'milestone').length;
  expect(await visibleMarks()).toBe(happenings);
  expect(await visibleItems()).toBe(happenings);
  expect(await page.locator('#timeline-status').textContent()).toContain(`${happenings} of`);

  const eras = async () => page.locator('#timeline-chart .era-label').allTextContents();
  const before = await eras();
  const options = await page.locator('select[name="zoom"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const single = options.find((v) => /^(\d{4})-\1$/.test(v))!;
  await page.locator('select[name="zoom"]').selectOption(single);
  const after = await eras();
  expect(after).not.toEqual(before);
  expect(after).toContain(single.slice(0, 4) + '–' + single.slice(0, 4));
  expect(await visibleMarks()).toBe(happenings);
  expect(problems).toEqual([]);
  await page.close();
});
