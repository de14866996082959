import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readDocuments, readEntities, readEvents, readTargets } from './support/corpus.ts';
import { expectPng, readHeadSeo } from './support/seo.ts';

/** The e2e build has no SITE_URL: URLs in the head are paths from the host's root, resolved here against the page. */
const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** One page of each kind, with the og:type, social image and JSON-LD @type it should have. */
async function pagesOfEachKind() {
  const [document] = await readDocuments();
  const entities = await readEntities();
  const of = (type: string) => entities.find((e) => e.type === type)!;
  const [event] = await readEvents();
  const [target] = await readTargets();
  return [
    { path: '', og: 'website', image: 'site', ld: 'WebSite' },
    { path: `documents/${document!.id}/`, og: 'article', image: 'document', ld: /^(NewsArticle|CreativeWork)$/ },
    { path: `entities/${of('person').id}/`, og: 'profile', image: 'person', ld: 'Person' },
    { path: `entities/${of('organization').id}/`, og: 'website', image: 'organization', ld: 'Organization' },
    { path: `entities/${of('resolution').id}/`, og: 'website', image: 'instrument', ld: 'Legislation' },
    { path: `events/${event!.id}/`, og: 'website', image: 'event', ld: 'Event' },
    { path: `targets/${target!.id}/`, og: 'website', image: 'target', ld: 'WebPage' },
    { path: 'documents/', og: 'website', image: 'site', ld: 'WebPage' },
  ];
}

describe('without SITE_URL', () => {
  it('every kind of page has og:* and twitter:* meta, a social PNG that loads, and JSON-LD of its schema.org type', async () => {
    for (const kind of await pagesOfEachKind()) {
      const { page, problems } = await openWatchedPage(browser);
      const url = `${siteUrl}${kind.path}`;
      await page.goto(url);
      const head = await readHeadSeo(page);
      // og:title is the page's own title; the document title adds the site's name, which og:site_name gives.
      const title = await page.title();
      expect([head.meta['og:title'], `${head.meta['og:title']} · ${head.meta['og:site_name']}`], url).toContain(title);
      for (const name of ['og:description', 'og:site_name', 'twitter:title', 'twitter:description']) expect(head.meta[name], `${url} ${name}`).toMatch(/\S/);
      expect(head.meta['og:type'], url).toBe(kind.og);
      expect(head.meta['twitter:card'], url).toBe('summary_large_image');
      expect(head.meta['og:image'], url).toBe(`${new URL(siteUrl).pathname}social/${kind.image}.png`);
      expect(head.meta['twitter:image'], url).toBe(head.meta['og:image']);
      await expectPng(new URL(head.meta['og:image']!, url).href);
      // No absolute URL is known, so neither a canonical link nor og:url is claimed.
      expect(head.canonical, url).toBeNull();
      expect(head.meta['og:url'], url).toBeUndefined();
      expect(head.jsonLd, url).toHaveLength(1);
      expect((head.jsonLd[0] as { '@type': string })['@type'], url).toMatch(kind.ld);
      expect(problems, url).toEqual([]);
      await page.close();
    }
  });

  it('the home page\'s WebSite sends a search to the search page, which runs it', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    const [site] = (await readHeadSeo(page)).jsonLd as { potentialAction: { target: { urlTemplate: string } } }[];
    const template = site!.potentialAction.target.urlTemplate;
    expect(template).toBe(`${new URL(siteUrl).pathname}search/?q={search_term_string}`);
    await page.goto(new URL(template.replace('{search_term_string}', 'digital'), siteUrl).href);
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('every page links the web manifest, whose start_url and scope are the base path and whose icons load', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}timeline/`);
    const { manifest } = await readHeadSeo(page);
    await page.close();
    expect(manifest).toBe(`${siteUrl}manifest.webmanifest`);
    const response = await fetch(manifest!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    const json = await response.json() as { name: string; start_url: string; scope: string; icons: { src: string; type: string }[] };
    expect(json.name).toBe('Policy Texts');
    expect(json.start_url).toBe(new URL(siteUrl).pathname);
    expect(json.scope).toBe(new URL(siteUrl).pathname);
    for (const icon of json.icons) {
      const url = new URL(icon.src, manifest!).href;
      if (icon.type === 'image/png') await expectPng(url);
      else expect((await fetch(url)).status, url).toBe(200);
    }
  });

  it('robots.txt allows crawling and names no sitemap, and there is none (a sitemap needs absolute URLs)', async () => {
    const robots = await fetch(`${siteUrl}robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toBe('User-agent: *\nAllow: /\n');
    expect((await fetch(`${siteUrl}sitemap.xml`)).status).toBe(404);
  });
});
