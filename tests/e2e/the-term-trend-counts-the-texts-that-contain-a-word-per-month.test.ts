import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { monthRange } from '../../src/lib/charts/mention-series.ts';
import { BASE_PATH } from './support/site.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readSeedTexts, type SeedText } from './support/texts.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let texts: SeedText[];
beforeAll(async () => { browser = await launchBrowser(); texts = await readSeedTexts(); });
afterAll(async () => { await browser?.close(); });

/**
 * The word counted: in several texts of different months, and with no other word of the corpus
 * sharing its first letters, so that Pagefind's stemming and prefix matching find exactly the texts
 * that contain it (the first test checks that this still holds for the seeds).
 */
const WORD = 'infrastructure';
/** The person quoted in the seeds, for the trend restricted to one speaker. */
const SPEAKER = 'To Lam';

/** Opens the trend page for a query and waits for its table; returns the table as month → [texts, all texts]. */
async function openTrend(page: Page, search: string): Promise<Map<string, [number, number]>> {
  await page.goto(`${siteUrl}trend/${search}`);
  await page.waitForFunction(() => document.querySelectorAll('.trend-numbers tbody tr').length > 0, undefined, { polling: 100, timeout: 10_000 })
    .catch(async (cause: unknown) => { throw new Error(`No trend table; status: ${await page.locator('.trend-status').textContent()}`, { cause }); });
  const rows = await page.locator('.trend-numbers tbody tr').evaluateAll((trs) => trs.map((tr) => [
    (tr as HTMLElement).dataset.month ?? '',
    [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
  ] as const));
  return new Map(rows.map(([month, [texts = NaN, all = NaN]]) => [month, [texts, all]]));
}

/** What the table should say, counted from the texts: every month of the corpus, then the undated ones. */
function expected(matching: SeedText[]): Map<string, [number, number]> {
  const months = monthRange(texts.map((t) => t.month));
  const count = (list: SeedText[], month: string | null) => list.filter((t) => t.month === month).length;
  return new Map([
    ...months.map((m): [string, [number, number]] => [m, [count(matching, m), count(texts, m)]]),
    ['undated', [count(matching, null), count(texts, null)]],
  ]);
}

describe('the term trend', () => {
  it(`counts per month the texts that contain "${WORD}", as the texts themselves say`, async () => {
    const stemmed = WORD.slice(0, WORD.length - 4);
    const blurred = new Set(texts.flatMap((t) => [...t.words].filter((w) => w.startsWith(stemmed) && w !== WORD)));
    expect([...blurred], 'another word shares the stem, so search would count it too: pick another word').toEqual([]);
    const matching = texts.filter((t) => t.words.has(WORD));
    expect(matching.length).toBeGreaterThan(1);
    expect(matching.length).toBeLessThan(texts.length + 1);
    const { page, problems } = await openWatchedPage(browser);
    expect(await openTrend(page, `?q=${WORD}`)).toEqual(expected(matching));
    expect(await page.locator('.trend-status').textContent()).toContain(`${matching.length} of ${texts.length} texts contain “${WORD}”`);
    expect(await page.locator('.trend-svg rect.trend-bar').count()).toBe(monthRange(texts.map((t) => t.month)).length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(`counts only the texts that quote ${SPEAKER} when the URL names them`, async () => {
    const matching = texts.filter((t) => t.words.has(WORD) && t.speakers.has(SPEAKER));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(texts.filter((t) => t.words.has(WORD)).length);
    const { page, problems } = await openWatchedPage(browser);
    expect(await openTrend(page, `?q=${WORD}&speaker=${encodeURIComponent(SPEAKER)}`)).toEqual(expected(matching));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the speakers of the matching texts with their counts, each linked to their page', async () => {
    const counts = new Map<string, number>();
    for (const t of texts.filter((x) => x.words.has(WORD))) for (const s of t.speakers) counts.set(s, (counts.get(s) ?? 0) + 1);
    const { page } = await openWatchedPage(browser);
    await openTrend(page, `?q=${WORD}`);
    await page.waitForSelector('.trend-speakers:not([hidden])');
    const shown = await page.locator('.trend-speaker').evaluateAll((lis) => lis.map((li) => ({
      name: (li as HTMLElement).dataset.speaker,
      count: Number.parseInt(li.querySelector('.trend-speaker-count')?.textContent ?? '', 10),
      href: li.querySelector('a.trend-speaker-name')?.getAttribute('href'),
    })));
    expect(shown.map(({ name, count }) => [name, count])).toEqual([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10));
    expect(shown.find((s) => s.name === SPEAKER)?.href).toBe(`${BASE_PATH}entities/person/to-lam/`);
    await page.goto(new URL(shown[0]!.href!, siteUrl).href);
    expect(await page.locator('h1').textContent()).toContain(shown[0]!.name);
    await page.close();
  });

  it('keeps the query in the URL, draws without moving the page, and its numbers open from the keyboard', async () => {
    const { page } = await openWatchedPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${siteUrl}trend/`);
    await page.locator('#trend-q').fill(WORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}trend/?q=${WORD}`);
    await page.waitForSelector('.trend-svg');
    await page.waitForSelector('.trend-speakers:not([hidden])');
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    expect(await page.locator('.trend-numbers').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('.trend-numbers summary'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('.trend-numbers').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('.trend-numbers tbody tr').first().isVisible()).toBe(true);
    await page.close();
  });
});
