import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { mostMentionedPerson, readDocuments, readEvents } from './support/corpus.ts';
import { allResultLinks, pathOf, RESULT_LINK, search, searchAt, searchesShown, waitForCount } from './support/search.ts';
import { BASE_PATH } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A word in every seed text, so that filters have something to narrow. */
const COMMON = 'digital';

const documentPath = (id: string) => `${BASE_PATH}documents/${id}/`;
const documentsIn = (links: string[]) => links.map(pathOf).filter((l) => l.includes('/documents/')).toSorted();

/** The text of a built document (its body's HTML with the tags dropped), folded to lower case. */
async function documentText(id: string): Promise<string> {
  const { html } = JSON.parse(await readFile(`content/documents/${id}.json`, 'utf8')) as { html: string };
  return html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').toLowerCase();
}

/** The entities a built document names. */
async function namedIn(id: string): Promise<string[]> {
  const { named } = JSON.parse(await readFile(`content/documents/${id}.json`, 'utf8')) as { named: { entity: string }[] };
  return named.map((n) => n.entity);
}

/** Opens the filter panel and waits for its groups. */
async function openFilters(page: Page): Promise<void> {
  await page.locator('.search-filters summary').click();
  await page.waitForFunction(() => document.querySelectorAll('.search-filter-name').length >= 3, undefined, { polling: 100, timeout: 10_000 });
}

/** The count shown beside a filter value. */
async function shownCount(page: Page, name: string, value: string): Promise<number> {
  const text = await page.locator(`label[data-filter="${name}"][data-value="${value}"] .count`).textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN);
}

/**
 * Checks a filter value and waits for the new count: that of a search with filters chosen, not the search that opening
 * the filter panel starts, which a busy machine may show after the check (its count is the words' alone).
 */
async function choose(page: Page, name: string, value: string): Promise<number> {
  const before = await searchesShown(page);
  const label = page.locator(`label[data-filter="${name}"][data-value="${value}"]`);
  if (await label.isHidden()) await label.locator('xpath=ancestor::fieldset').locator('.search-filter-all').click();
  await label.locator('input').check();
  return waitForCount(page, before, true);
}

describe('narrowing a search', () => {
  it('combines values of one filter with OR and filters with AND, and each value\'s count is what choosing it gives', async () => {
    const { page, problems } = await openWatchedPage(browser);
    await search(page, siteUrl, COMMON);
    await openFilters(page);
    const kinds = await page.locator('label[data-filter="kind"]').evaluateAll((labels) => labels.map((l) => l.getAttribute('data-value') ?? ''));
    const counted = await Promise.all(kinds.map(async (kind) => ({ kind, count: await shownCount(page, 'kind', kind) })));
    const [a, b] = counted.filter((k) => k.count > 0).sort((x, y) => y.count - x.count);
    expect(b, 'two kinds of page to combine').toBeDefined();
    expect(await choose(page, 'kind', a!.kind)).toBe(a!.count);
    expect(await choose(page, 'kind', b!.kind)).toBe(a!.count + b!.count);

    // AND across filters: documents that contain the word and name the most named person.
    const person = await mostMentionedPerson();
    for (const kind of [a!, b!].map((k) => k.kind)) {
      const since = await searchesShown(page);
      await page.locator(`input[name="kind"][value="${kind}"]`).uncheck();
      await waitForCount(page, since);
    }
    await choose(page, 'kind', 'Document');
    const documents = await readDocuments();
    const naming = [];
    for (const d of documents) if ((await namedIn(d.id)).includes(person.id) && (await documentText(d.id)).includes(COMMON)) naming.push(documentPath(d.id));
    const shown = await shownCount(page, 'person', person.name);
    const count = await choose(page, 'person', person.name);
    expect(count).toBe(naming.length);
    expect(count).toBe(shown);
    expect(documentsIn(await allResultLinks(page, count))).toEqual(naming.toSorted());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps to a range of years, built from the year filter', async () => {
    const { page } = await openWatchedPage(browser);
    const documents = await readDocuments();
    const years = [...new Set(documents.flatMap((d) => (d.date ? [d.date.slice(0, 4)] : [])))].sort();
    const last = years.at(-1)!;
    const { count, links } = await searchAt(page, siteUrl, `q=${COMMON}&kind=Document&from=${last}&to=${last}`);
    const inRange = [];
    for (const d of documents) if (d.date?.startsWith(last) && (await documentText(d.id)).includes(COMMON)) inRange.push(documentPath(d.id));
    expect(count).toBe(inRange.length);
    expect(documentsIn(links)).toEqual(inRange.toSorted());
    expect(await page.locator('select[name="from"]').inputValue()).toBe(last);
    expect(await page.locator('.search-trend a').getAttribute('href')).toBe(`${BASE_PATH}trend/?q=${COMMON}`);
    await page.close();
  });
});

describe('ordering a search', () => {
  it('sorts newest or oldest first by date, with the pages that have no date after the dated ones', async () => {
    const dates = new Map<string, string>();
    for (const d of await readDocuments()) if (d.date) dates.set(documentPath(d.id), d.date);
    for (const e of await readEvents()) dates.set(`${BASE_PATH}events/${e.id}/`, e.from);
    const { page } = await openWatchedPage(browser);
    const relevance = await search(page, siteUrl, 'Resolution 57');
    for (const [sort, direction] of [['newest', -1], ['oldest', 1]] as const) {
      const { count, links } = await searchAt(page, siteUrl, `q=${encodeURIComponent('Resolution 57')}&sort=${sort}`);
      expect(count, sort).toBe(relevance.count);
      expect(links.map(pathOf).toSorted(), sort).toEqual(relevance.links.map(pathOf).toSorted());
      const keys = links.map((l) => dates.get(pathOf(l)) ?? null);
      const firstUndated = keys.indexOf(null);
      expect(firstUndated, sort).toBeGreaterThan(0);
      expect(keys.slice(firstUndated).every((k) => k === null), `${sort}: undated last`).toBe(true);
      const dated = keys.slice(0, firstUndated) as string[];
      expect(dated.every((d, i) => i === 0 || Math.sign(d.localeCompare(dated[i - 1]!)) !== -direction), `${sort}: ${dated.join(', ')}`).toBe(true);
      expect(await page.locator('select[name="sort"]').inputValue()).toBe(sort);
    }
    await page.close();
  });
});

describe('what a query matches', () => {
  it('finds a phrase in quotes only where its words stand together', async () => {
    const { page } = await openWatchedPage(browser);
    const phrase = 'digital transformation';
    const quoted = await searchAt(page, siteUrl, `q=${encodeURIComponent(`"${phrase}"`)}&kind=Document`);
    const expected = [];
    for (const d of await readDocuments()) if ((await documentText(d.id)).includes(phrase)) expected.push(documentPath(d.id));
    expect(documentsIn(quoted.links)).toEqual(expected.toSorted());
    const reversed = await searchAt(page, siteUrl, `q=${encodeURIComponent('"transformation digital"')}&kind=Document`);
    expect(reversed.count).toBeLessThan(quoted.count);
    await page.close();
  });

  it('folds accents and đ both ways: "de" finds "để", and "Tổng Bí thư" and "tong bi thu" find the same texts', async () => {
    const documents = await readDocuments();
    const withD = documents.filter((d) => [d.title, ...d.alternateTitles.map((a) => a.text)].some((t) => /(?:^|\s)để(?:\s|$)/u.test(t)));
    expect(withD.length).toBeGreaterThan(0);
    const { page } = await openWatchedPage(browser);
    for (const query of ['de', 'để']) {
      const { links } = await searchAt(page, siteUrl, `q=${encodeURIComponent(query)}&kind=Document`);
      expect(documentsIn(links), query).toEqual(expect.arrayContaining(withD.map((d) => documentPath(d.id))));
    }
    const accented = await searchAt(page, siteUrl, `q=${encodeURIComponent('Tổng Bí thư')}&kind=Document`);
    const plain = await searchAt(page, siteUrl, `q=${encodeURIComponent('tong bi thu')}&kind=Document`);
    expect(accented.count).toBeGreaterThan(0);
    expect(documentsIn(plain.links)).toEqual(documentsIn(accented.links));
    await page.close();
  });
});

describe('landing from a result', () => {
  it('opens a text at the paragraph that holds the words, marked, with the paragraph in the address', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const { links } = await searchAt(page, siteUrl, `q=${encodeURIComponent('Hanoi Convention')}&kind=Document`);
    expect(links.length).toBeGreaterThan(0);
    await page.locator(RESULT_LINK).first().click();
    await page.waitForURL(/#p-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const landed = page.locator(`[id="${id}"]`);
    expect(await landed.evaluate((el) => document.activeElement === el)).toBe(true);
    const marks = await landed.locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['hanoi', 'convention']));
    const box = await landed.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y < viewport.height && box.y + box.height > 0).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the address of a search', () => {
  it('holds the query, the filters and the order: reload restores them, back and forward step through searches', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const first = await search(page, siteUrl, COMMON);
    await openFilters(page);
    const narrowed = await choose(page, 'kind', 'Document');
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Document']);
    const before = await page.locator('.search-status').textContent();
    const since = await searchesShown(page);
    await page.locator('select[name="sort"]').selectOption('oldest');
    await waitForCount(page, since);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest');
    const order = await allResultLinks(page, narrowed);

    await page.reload();
    expect(await waitForCount(page)).toBe(narrowed);
    expect(await allResultLinks(page, narrowed)).toEqual(order);
    expect(await page.locator('input[name="kind"][value="Document"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('oldest');

    const reloaded = await searchesShown(page);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('sort'));
    await waitForCount(page, reloaded);
    expect(await page.locator('.search-status').textContent()).toBe(before);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
    const back = await searchesShown(page);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind'));
    expect(await waitForCount(page, back)).toBe(first.count);
    expect(await page.locator('input[name="kind"][value="Document"]').isChecked()).toBe(false);
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'Document');
    await page.waitForFunction((n) => document.querySelector('.search-status')?.textContent?.startsWith(`${n} `), narrowed);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a search read by a screen reader', () => {
  it('announces the count in one live region, once per search, and reads no result twice', async () => {
    const { page } = await openWatchedPage(browser);
    await search(page, siteUrl, COMMON);
    const live = await page.locator('[aria-live], [role="status"], [role="alert"], [role="log"]').count();
    expect(live).toBe(1);
    await page.evaluate(() => {
      const status = document.querySelector('.search-status')!;
      (window as unknown as { announced: string[] }).announced = [];
      new MutationObserver(() => (window as unknown as { announced: string[] }).announced.push(status.textContent ?? ''))
        .observe(status, { childList: true, characterData: true, subtree: true });
    });
    const since = await searchesShown(page);
    await page.locator('input[name="q"]').fill('Resolution 57');
    await page.locator('input[name="q"]').press('Enter');
    await waitForCount(page, since);
    const announced = (await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).filter(Boolean);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatch(/^\d+ results? for “Resolution 57”\.$/);
    // Each result's title is read once, as its link: no label repeats it, and the line about the page does not.
    const repeats = await page.locator('.search-result').evaluateAll((items) => items.filter((item) => {
      const title = item.querySelector('.search-result-link')?.textContent ?? '';
      return item.querySelectorAll('[aria-label], [title]').length > 0 || (item.querySelector('.byline')?.textContent ?? '').includes(title);
    }).length);
    expect(repeats).toBe(0);
    await page.close();
  });
});
