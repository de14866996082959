import type { Page } from 'playwright-core';

/** How long a search may take to show its results or filters. */
export const RESULTS_WAIT = 10_000;

/** A result's own link (not the links to its sections). */
export const RESULT_LINK = '.search-result-link';

/** What the search page shows, for a failure message. */
export const searchState = (page: Page) => page.evaluate(() => ({
  url: location.href,
  searched: document.getElementById('search')?.dataset.searched,
  message: document.querySelector('.search-status')?.textContent,
  results: document.querySelectorAll('.search-result').length,
  loadMore: Boolean(document.querySelector('.search-more:not([hidden])')),
  filters: document.querySelectorAll('.search-filter-name').length,
}));

/** How many searches the page has shown so far (the search root's `data-searched`). */
export const searchesShown = (page: Page): Promise<number> => page.evaluate(() => Number(document.getElementById('search')?.dataset.searched ?? 0));

/**
 * Waits until the page has shown a search after the `since`-th (by default, any search) and returns
 * its announced count; with `filtered`, a search with filters chosen (a search for the words alone that a busy machine
 * finishes late is not it). Gives up after RESULTS_WAIT with what the page showed.
 */
export async function waitForCount(page: Page, since = 0, filtered = false): Promise<number> {
  const message = await page.waitForFunction(([after, withFilters]) => {
    const shown = Number(document.getElementById('search')?.dataset.searched ?? 0);
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return shown > after && /^(\d+|No) results? for/.test(text) && (!withFilters || /with the filters chosen\.$/.test(text)) ? text : null;
  }, [since, filtered] as const, { polling: 50, timeout: RESULTS_WAIT }).catch(async (cause: unknown) => {
    throw new Error(`No search count after search ${since}: ${JSON.stringify(await searchState(page))}`, { cause });
  });
  return Number.parseInt(String(await message.jsonValue()), 10) || 0;
}

/**
 * Renders every result of the search shown (ten at a time, with a button for more); returns every result link.
 * After each click it waits for that click's results before looking at the button again: the button stays
 * visible until its batch arrives, and a second click then waited, for Playwright's 30 s, on a button the
 * first click's batch had hidden (the search that "stalled under load").
 */
export async function allResultLinks(page: Page, count: number): Promise<string[]> {
  const loadMore = page.locator('.search-more');
  const links = page.locator(RESULT_LINK);
  const deadline = Date.now() + RESULTS_WAIT;
  const giveUp = async () => new Error(`The search did not render its ${count} results: ${JSON.stringify(await searchState(page))}`);
  let rendered: number;
  while ((rendered = await links.count()) < count) {
    if (Date.now() > deadline) throw await giveUp();
    if (!(await loadMore.isVisible())) {
      await page.waitForTimeout(50);
      continue;
    }
    await loadMore.click({ timeout: Math.max(deadline - Date.now(), 1) }).catch(async (cause: unknown) => { throw Object.assign(await giveUp(), { cause }); });
    await page.waitForFunction(([selector, before]) => document.querySelectorAll(selector).length > before, [RESULT_LINK, rendered] as const,
      { polling: 50, timeout: Math.max(deadline - Date.now(), 1) }).catch(async (cause: unknown) => { throw Object.assign(await giveUp(), { cause }); });
  }
  return page.locator(RESULT_LINK).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Opens the search page at `?…` (a query string: "q=…&sort=newest") and waits for the result count and
 * then every result; returns the count and every result link. Gives up after RESULTS_WAIT with what
 * the page showed, rather than hanging until the test times out.
 */
export async function searchAt(page: Page, siteUrl: string, query: string): Promise<{ count: number; links: string[] }> {
  await page.goto(`${siteUrl}search/?${query}`);
  await page.bringToFront();
  const count = await waitForCount(page);
  return { count, links: await allResultLinks(page, count) };
}

/** Opens the search page for a query. */
export const search = (page: Page, siteUrl: string, query: string) => searchAt(page, siteUrl, `q=${encodeURIComponent(query)}`);

/** The path of a link without the words searched (`?hl=`) and the paragraph. */
export const pathOf = (link: string) => link.replace(/[?#].*$/, '');
