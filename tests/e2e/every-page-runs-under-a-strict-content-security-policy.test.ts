import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_META } from '../../src/lib/csp.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';
import { waitForCount } from './support/search.ts';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let pages: { file: string; html: string }[];
beforeAll(async () => {
  browser = await launchBrowser();
  const files = (await readdir(OUT_DIR, { recursive: true })).filter((f) => f.endsWith('.html'));
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(OUT_DIR, file), 'utf8') })));
});
afterAll(async () => { await browser?.close(); });

/** A watched page that also records every CSP violation, reported by the browser's `securitypolicyviolation` event. */
async function openPolicedPage(): Promise<WatchedPage & { violations: string[] }> {
  const watched = await openWatchedPage(browser);
  const violations: string[] = [];
  await watched.page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await watched.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.documentURI}`);
    });
  });
  return { ...watched, violations };
}

/** Waits until the browser had time to report violations of what the page just did. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

describe('the Content-Security-Policy', () => {
  it('is the first thing in every page\'s head, before any script or style', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const { file, html } of pages) {
      const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head);
      expect(meta?.[1]?.replace(/&#39;|&#x27;/g, "'"), file).toBe(CSP_META);
      expect(head.search(/<script|<link rel="stylesheet"|<style/), file).toBeGreaterThan(meta!.index);
    }
  });

  it('needs nothing inline: no script without src but data, no event handler attributes, no style attributes or elements', () => {
    for (const { file, html } of pages) {
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].map((m) => m[0]);
      expect(inlineScripts, file).toEqual([]);
      expect(html.match(/<[^>]+\son[a-z]+=/g), file).toBeNull();
      expect(html.match(/<[^>]+\sstyle=/g), file).toBeNull();
      expect(html.match(/<style[\s>]/g), file).toBeNull();
      // Nothing the page loads comes from another origin (links to other sites are fine).
      expect(html.match(/\ssrc="(?:[a-z]+:)?\/\/|<link(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(?:[a-z]+:)?\/\//g), file).toBeNull();
    }
  });

  it('is enforced: the browser reports a picture from another origin as a violation', async () => {
    const { page, violations } = await openPolicedPage();
    await page.goto(siteUrl);
    await page.evaluate(() => { const img = document.createElement('img'); img.src = 'https://example.org/x.png'; document.body.append(img); });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toContain('img-src');
    await page.close();
  });

  it('lets every kind of page and every script work with no violation: listings, a document and its cite panel, the timeline, the lineage, search, trend and compare', { timeout: 90_000 }, async () => {
    const { page, problems, violations } = await openPolicedPage();
    const documentFile = pages.map((p) => p.file).find((f) => /^documents\/(?!page\/)[^/]+\/index\.html$/.test(f))!;
    const visit = async (to: string) => { await page.goto(`${siteUrl}${to}`); await settle(page); };
    for (const to of ['', 'documents/', 'entities/', 'entities/person/', 'entities/person/to-lam/', 'events/', 'targets/', 'data/', 'no/such/page/']) await visit(to);
    const event = pages.map((p) => p.file).find((f) => /^events\/[^/]+\/index\.html$/.test(f) && f !== 'events/index.html')!;
    await visit(event.replace(/index\.html$/, ''));

    await visit(documentFile.replace(/index\.html$/, ''));
    await page.locator('.body a.mention').first().hover();
    await page.getByText('Cite this text').click();
    await page.locator('#p-2').hover();
    await page.getByRole('button', { name: 'Cite paragraph 2', exact: true }).click();
    await expect.poll(() => page.locator('.cite-scope').textContent()).toContain('Citing paragraph 2.');

    await visit('entities/person/');
    await page.locator('th button.sort-button').first().click();

    await visit('timeline/');
    await page.getByRole('checkbox', { name: 'Milestones due' }).uncheck();
    const zoom = await page.locator('select[name="zoom"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.locator('select[name="zoom"]').selectOption(zoom.at(-1)!);

    await visit('lineage/');
    await page.getByRole('checkbox', { name: 'Party' }).uncheck();

    // Search loads Pagefind's WebAssembly engine and its index: the count shows that it ran.
    await visit('search/?q=resolution');
    expect(await waitForCount(page)).toBeGreaterThan(0);
    await page.locator('.search-filters summary').click();
    await settle(page);

    await visit('trend/?q=science');
    await page.waitForFunction(() => document.querySelectorAll('.trend-numbers tbody tr').length > 0, undefined, { polling: 100, timeout: 10_000 });
    const [a, b] = pages.map((p) => p.file).filter((f) => /^documents\/(?!page\/)[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]);
    await visit(`compare/?a=${a}&b=${b}`);
    await page.waitForSelector('.compare-columns:not([hidden])', { timeout: 10_000 });
    await settle(page);

    expect(violations).toEqual([]);
    expect(problems.filter((p) => !p.includes('no/such/page'))).toEqual([]);
    await page.close();
  });
});
