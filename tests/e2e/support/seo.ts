import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a page's head gives link previews and search engines. */
export interface HeadSeo {
  meta: Record<string, string>;
  canonical: string | null;
  manifest: string | null;
  jsonLd: unknown[];
  lang: string;
}

/** Reads the Open Graph and Twitter meta (by property or name), the canonical and manifest links, the parsed JSON-LD and `<html lang>`. */
export const readHeadSeo = (page: Page): Promise<HeadSeo> => page.evaluate(() => ({
  meta: Object.fromEntries([...document.head.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content') ?? ''])),
  canonical: document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
  manifest: document.head.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null,
  jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')),
  lang: document.documentElement.lang,
}));

/** Fetches a URL and checks it is a PNG (by its media type and its first bytes). */
export async function expectPng(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type'), url).toBe('image/png');
  expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)], url).toEqual([0x89, 0x50, 0x4e, 0x47]);
}
