import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../serve.ts';

/** What the first search of a fresh visitor transfers: every response after the search page's own HTML. */
export interface FirstQuery {
  query: string;
  results: number;
  /** Bytes on the wire, text assets counted gzipped as a CDN serves them (Pagefind's index files are gzipped already). */
  bytes: number;
  requests: number;
  /** The same, for Pagefind's files only. */
  pagefindBytes: number;
}

const TEXT = /\.(?:js|mjs|css|json|html|svg)$/;

/** Opens /search/?q=<query> on the built site in Chromium and adds up what the page loads until results show. */
export async function firstQuery(dist: string, query: string, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<FirstQuery> {
  const server = await serve(dist, { port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('/search/')) return;
      const bytes = (body: Buffer) => (TEXT.test(url.pathname) ? gzipSync(body).length : body.length);
      sizes.push(response.body().then((body) => ({ url: url.pathname, bytes: bytes(body) }), () => ({ url: url.pathname, bytes: 0 })));
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    // Done when results are drawn, or when the UI says there are none ("No results for …").
    await page.waitForFunction(() => document.querySelector('.search-result') !== null
      || /no results/i.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-result').count();
    const loaded = await Promise.all(sizes);
    const sum = (list: { bytes: number }[]) => list.reduce((s, r) => s + r.bytes, 0);
    return { query, results, bytes: sum(loaded), requests: loaded.length, pagefindBytes: sum(loaded.filter((r) => r.url.includes('/pagefind/'))) };
  } finally {
    await browser.close();
    await server.close();
  }
}
