import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_PATH } from './support/site.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readTargets } from './support/corpus.ts';
import { readSeedTexts, type SeedText } from './support/texts.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let texts: SeedText[];
/** For each document id, the metrics of the targets it states (lower-cased), from content/targets.json. */
let metricsOf: Map<string, Set<string>>;
beforeAll(async () => {
  browser = await launchBrowser();
  texts = await readSeedTexts();
  metricsOf = new Map();
  for (const t of await readTargets()) {
    for (const s of t.sources) metricsOf.set(s.document, (metricsOf.get(s.document) ?? new Set()).add(t.metric.toLowerCase().replace(/\s+/g, ' ').trim()));
  }
});
afterAll(async () => { await browser?.close(); });

const intersect = <T>(a: Iterable<T>, b: ReadonlySet<T>) => [...a].filter((x) => b.has(x));

/** The pair of texts that share the most target metrics, then the most entities: the most to check. */
function richestPair(): [SeedText, SeedText] {
  let best: [SeedText, SeedText] | undefined;
  let score = -1;
  for (const a of texts) for (const b of texts) {
    if (a.document.id >= b.document.id) continue;
    const s = 1000 * intersect(metricsOf.get(a.document.id) ?? [], metricsOf.get(b.document.id) ?? new Set()).length + intersect(a.named.keys(), new Set(b.named.keys())).length;
    if (s > score) { score = s; best = [a, b]; }
  }
  if (!best) throw new Error('The seeds need two texts to compare.');
  return best;
}

/** Opens the compare page for two ids and waits for both columns. */
async function openCompare(page: Page, a: string, b: string): Promise<void> {
  await page.goto(`${siteUrl}compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  await page.waitForSelector('.compare-columns:not([hidden])', { timeout: 10_000 })
    .catch(async (cause: unknown) => { throw new Error(`No columns; status: ${await page.locator('.compare-status').textContent()}`, { cause }); });
}

/** The shared entities the page lists: id → [mentions in the first, in the second]. */
const listed = (page: Page) => page.locator('.compare-entities tbody tr[data-entity]').evaluateAll((trs) =>
  trs.map((tr) => [(tr as HTMLElement).dataset.entity!, [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))] as const));

describe('the compare page', () => {
  it('lists the entities both texts name, with their counts, as the build counted them, and marks them in both texts', async () => {
    const [a, b] = richestPair();
    const shared = intersect(a.named.keys(), new Set(b.named.keys()));
    expect(shared.length).toBeGreaterThan(0);
    const { page, problems } = await openWatchedPage(browser);
    await openCompare(page, a.document.id, b.document.id);
    const rows = await listed(page);
    expect(rows.map(([id]) => id).toSorted()).toEqual(shared.toSorted());
    for (const [id, counts] of rows) expect(counts, id).toEqual([a.named.get(id), b.named.get(id)]);
    for (const side of ['a', 'b']) {
      const mentions = await page.locator(`[data-side="${side}"] .body a.mention[data-entity]`).evaluateAll((links) =>
        links.map((l) => ({ entity: (l as HTMLElement).dataset.entity!, marked: l.parentElement?.matches('mark.shared-mention') ?? false })));
      const sharedSet = new Set(shared);
      expect(mentions.filter((m) => m.marked !== sharedSet.has(m.entity)), `column ${side}: a mention marked wrongly`).toEqual([]);
      expect(shared.filter((id) => !mentions.some((m) => m.entity === id)), `column ${side}: a shared entity with no mention`).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the target metrics both texts state, as the build\'s targets say', async () => {
    const [a, b] = richestPair();
    const expected = intersect(metricsOf.get(a.document.id) ?? [], metricsOf.get(b.document.id) ?? new Set());
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await openWatchedPage(browser);
    await openCompare(page, a.document.id, b.document.id);
    const metrics = await page.locator('.compare-metrics li[data-metric]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.metric!.toLowerCase().replace(/\s+/g, ' ').trim()));
    expect(metrics.toSorted()).toEqual(expected.toSorted());
    await page.close();
  });

  it('starts from a document page\'s link, finds the second text by its words, and reloads to the same comparison', async () => {
    const [a, b] = richestPair();
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${siteUrl}documents/${a.document.id}/`);
    await page.locator('.compare-link a').click();
    await page.waitForURL(`${siteUrl}compare/?a=${a.document.id}`);
    expect(await page.locator('#compare-a').inputValue()).toBe(a.document.id);
    const words = b.document.title.split(/\s+/).slice(0, 6).join(' ');
    await page.locator('#compare-b').fill(words);
    const choice = page.locator(`#compare-b-choices button[data-id="${b.document.id}"]`);
    await choice.waitFor({ timeout: 10_000 });
    await choice.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#compare-b').inputValue()).toBe(b.document.id);
    await page.locator('.compare-form button[type="submit"]').click();
    await page.waitForURL(`${siteUrl}compare/?a=${a.document.id}&b=${b.document.id}`);
    await page.waitForSelector('.compare-columns:not([hidden])');
    const before = await listed(page);
    await page.reload();
    await page.waitForSelector('.compare-columns:not([hidden])');
    expect(await listed(page)).toEqual(before);
    expect(await page.locator('[data-side="b"] .compare-title a').getAttribute('href')).toBe(`${BASE_PATH}documents/${b.document.id}/`);
    // Three navigations in quick succession: a request the browser drops as it leaves a page
    // (the favicon, still loading) is the test's haste, not a fault of the site.
    expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
    await page.close();
  });

  it('says so when an id names no text, and refuses ids that leave the documents folder', async () => {
    const { page } = await openWatchedPage(browser);
    await page.goto(`${siteUrl}compare/?a=${texts[0]!.document.id}&b=no-such-text`);
    await page.waitForFunction(() => /no text/.test(document.querySelector('.compare-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${siteUrl}compare/?a=${texts[0]!.document.id}&b=../../search`);
    await page.waitForFunction(() => /not a text/.test(document.querySelector('.compare-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
    expect(requests.filter((u) => new URL(u).pathname.endsWith('/search/'))).toEqual([]);
    expect(await page.locator('.compare-columns').isHidden()).toBe(true);
    await page.close();
  });
});
