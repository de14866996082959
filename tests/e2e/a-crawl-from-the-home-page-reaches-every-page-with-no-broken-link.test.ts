/**
 * Crawls the whole site from its home page, following every link that stays on the site, twice:
 *
 * - the build under /kb/sub/, in Chromium with scripts running: every link resolves (a page, a file,
 *   an id on the page), no request of any page fails, and every page crawled passes axe-core and
 *   html-validate (all pages, not a sample: about 130 on the seeds, two minutes);
 * - the build at `/`, over plain HTTP: every link resolves, so neither build hard-codes the other's paths.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AxeViolation, axeContext, axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { brokenLinks, type Crawl, crawl, pagesReached, type Visited } from './support/crawl.ts';
import { htmlProblemsInMarkup } from './support/html-validate.ts';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');
const rootSiteUrl = inject('rootSiteUrl');
const CRAWL_TIME = 600_000;

/** Asks for a URL without following redirects: a link should name the URL it opens. */
const head = (url: string) => fetch(url, { method: 'HEAD', redirect: 'manual' });
const isHtml = (response: Response) => response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html');

/** The pages the build wrote, as paths under the site (`documents/x/`): what the crawl should reach. */
async function pagesBuilt(): Promise<string[]> {
  return (await readdir(OUT_DIR, { recursive: true }))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => (f === 'index.html' ? '' : `${path.dirname(f).split(path.sep).join('/')}/`))
    .sort();
}

describe('the site under /kb/sub/, crawled in Chromium', () => {
  let browser: Browser;
  let site: Crawl;
  const violations = new Map<string, AxeViolation[]>();
  const invalid: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await (await axeContext(browser)).newPage();
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${page.url()}: HTTP ${r.status()} ${r.url()}`); });
    page.on('pageerror', (error) => failed.push(`${page.url()}: uncaught ${error.message}`));
    site = await crawl(siteUrl, async (url): Promise<Visited> => {
      const response = await head(url);
      if (!isHtml(response)) return { status: response.status, html: false, links: [], ids: [] };
      const loaded = await page.goto(url);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      invalid.push(...await htmlProblemsInMarkup(await loaded!.text(), url));
      const found = await axeViolations(page);
      if (found.length > 0) violations.set(url, found);
      return {
        status: loaded!.status(),
        html: true,
        ...await page.evaluate(() => ({
          // getAttribute, not .href: an SVG link's href is an object, not the resolved URL.
          links: [...document.querySelectorAll('a[href], area[href], link[href]')].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        })),
      };
    });
  }, CRAWL_TIME);
  afterAll(async () => { await browser?.close(); });

  it('reaches every page the build wrote', async () => {
    expect(pagesReached(site, siteUrl)).toEqual(await pagesBuilt());
  });

  it('has no broken link and no failed request', () => {
    expect(brokenLinks(site, siteUrl)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('has no axe violation on any page', () => {
    expect(Object.fromEntries(violations)).toEqual({});
  });

  it('serves valid HTML on every page', () => {
    expect(invalid).toEqual([]);
  });
});

/** The links and ids of a page's markup, read without a browser: `a`, `area` and `link` hrefs, resolved against the page. */
function linksAndIds(markup: string, url: string): Pick<Visited, 'links' | 'ids'> {
  const links: string[] = [];
  const ids: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const { href, id } = (node as Element).properties;
      if (['a', 'area', 'link'].includes(node.tagName) && typeof href === 'string') links.push(new URL(href, url).href);
      if (typeof id === 'string') ids.push(id);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(markup));
  return { links, ids };
}

describe('the site at /, crawled over HTTP', () => {
  let site: Crawl;
  beforeAll(async () => {
    site = await crawl(rootSiteUrl, async (url) => {
      const response = await head(url);
      if (!isHtml(response)) return { status: response.status, html: false, links: [], ids: [] };
      return { status: 200, html: true, ...linksAndIds(await (await fetch(url)).text(), url) };
    });
  }, CRAWL_TIME);

  it('reaches as many pages as the sub-path build has, and no link is broken', async () => {
    expect(pagesReached(site, rootSiteUrl)).toEqual(await pagesBuilt());
    expect(brokenLinks(site, rootSiteUrl)).toEqual([]);
  });
});
