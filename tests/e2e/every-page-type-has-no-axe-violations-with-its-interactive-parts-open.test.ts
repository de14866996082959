/**
 * axe-core on one page of every type, in Chromium with the page's scripts running, and again after
 * opening what a reader opens (the search filters, the cite panel, a mention's preview). Any
 * violation of any impact fails: the report names the rule and the elements.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeContext, axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { readDocuments, readEntities, readEvents, readLineage, readTargets } from './support/corpus.ts';
import { RESULTS_WAIT, waitForCount } from './support/search.ts';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => { browser = await launchBrowser(); context = await axeContext(browser); });
afterAll(async () => { await browser?.close(); });

/** Opens a path of the site and waits until its scripts have run (the load event, then a frame). */
async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return page;
}

/** Runs axe and closes the page; the test fails with every violation listed. */
async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  await page.close();
  expect(violations).toEqual([]);
}

/** A built page exists for this path (page types the corpus may not have, such as a second page of a list). */
const built = (path: string) => existsSync(`${OUT_DIR}/${path}index.html`);

const [documents, entities, events, targets, lineage] = await Promise.all([readDocuments(), readEntities(), readEvents(), readTargets(), readLineage()]);
const types = [...new Set(entities.map((e) => e.type))];
/** The entity of each type named most often: the fullest page of its kind. */
const fullest = types.map((type) => entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length)[0]!);

const staticPages: [string, string][] = [
  ['the home page', ''],
  ['the documents index', 'documents/'],
  ['a document', `documents/${documents[0]!.id}/`],
  ['the entity types', 'entities/'],
  ...types.map((type): [string, string] => [`the ${type} index`, `entities/${type}/`]),
  ...types.filter((type) => built(`entities/${type}/page/2/`)).map((type): [string, string] => [`page 2 of the ${type} index`, `entities/${type}/page/2/`]),
  ...fullest.map((e): [string, string] => [`a ${e.type} page`, `entities/${e.id}/`]),
  ...(['mentions', 'statements', 'texts', 'events'] as const).flatMap((section) => {
    const e = entities.find((x) => built(`entities/${x.id}/${section}/1/`));
    return e ? [[`the paged ${section} of ${e.name}`, `entities/${e.id}/${section}/1/`] as [string, string]] : [];
  }),
  ['an event', `events/${events[0]!.id}/`],
  ...(built('events/') ? [['the events index', 'events/'] as [string, string]] : []),
  ['the timeline', 'timeline/'],
  ['the lineage', 'lineage/'],
  ...lineage.filter((n) => n.parents.length > 0 && n.children.length > 0).slice(0, 1).map((n): [string, string] => ['an instrument with its lineage', `entities/${n.id}/`]),
  ['the target ledger', 'targets/'],
  ['a target', `targets/${targets[0]!.id}/`],
  ['the figures stated', 'targets/facts/1/'],
  ['the open data', 'data/'],
  ['an empty search', 'search/'],
  ['an empty trend', 'trend/'],
  ['an empty compare', 'compare/'],
];

it.each(staticPages)('%s (%s) has no violations', async (_, path) => {
  await expectNoViolations(await open(path));
});

it('the 404 page has no violations', async () => {
  await expectNoViolations(await open('no/such/page/'));
});

it('a search with results and its filters open, more values shown, has no violations', async () => {
  const page = await open('search/?q=science');
  expect(await waitForCount(page)).toBeGreaterThan(0);
  await page.locator('.search-filters summary').click();
  await page.waitForFunction(() => document.querySelectorAll('.search-filter-name').length >= 3, undefined, { polling: 100, timeout: RESULTS_WAIT });
  await page.locator('.search-filter-all').first().click();
  await expectNoViolations(page);
});

it('the trend of a word, chart, table and speakers drawn, has no violations', async () => {
  const page = await open('trend/?q=science');
  await page.waitForSelector('.trend-speakers:not([hidden])', { timeout: RESULTS_WAIT });
  await expectNoViolations(page);
});

it('two texts compared has no violations', async () => {
  const [a, b] = documents;
  const page = await open(`compare/?a=${encodeURIComponent(a!.id)}&b=${encodeURIComponent(b!.id)}`);
  await page.waitForSelector('.compare-columns:not([hidden])', { timeout: RESULTS_WAIT });
  await expectNoViolations(page);
});

it('a document with a paragraph\'s cite panel open has no violations', async () => {
  const page = await open(`documents/${documents[0]!.id}/`);
  await page.locator('.cite-paragraph').nth(1).click();
  await page.waitForSelector('.block + details.cite[open]');
  await expectNoViolations(page);
});

it('a document with a mention\'s preview shown has no violations', async () => {
  const page = await open(`documents/${entities.find((e) => e.mentions.length > 0)!.mentions[0]!.document}/`);
  await page.locator('a.mention').first().focus();
  await page.locator('.preview-popup').waitFor({ state: 'visible' });
  await expectNoViolations(page);
});
