import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, type Server } from '../../scripts/serve.ts';
import { launchBrowser } from './support/browser.ts';
import { readDocuments } from './support/corpus.ts';
import { expectPng, readHeadSeo } from './support/seo.ts';
import { BASE_PATH } from './support/site.ts';

/**
 * A second build of the pages (from the content/ the main e2e build wrote, so about five seconds) with
 * a site.config.json of its own and SITE_URL set to the very server that serves it, so that every
 * absolute URL it writes (sitemap, canonical, og:url, og:image) can be fetched.
 */
const OUT_DIR = '.test-dist-configured';
const CONFIG = { name: 'Climate Watch', intro: 'Texts on the energy transition, dated and linked.', lang: 'fr', footer: 'Run by the county library.' };
let server: Server;
let browser: Browser;
let siteUrl: string;

/**
 * The environment of a build started from a test: Vitest's own variables left out, since Astro reads
 * `import.meta.env` from the environment and Vitest's `BASE_URL=/` would drop the base path.
 */
const buildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => Object.fromEntries(
  Object.entries({ ...process.env, ...env }).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
);

/** Runs a Node script of the project with the build's environment; throws with its log on failure. */
function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { env: buildEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n')}`);
}

beforeAll(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  server = await serve(OUT_DIR, { base: BASE_PATH, port: 0 });
  siteUrl = server.url;
  const folder = mkdtempSync(join(tmpdir(), 'site-config-'));
  writeFileSync(join(folder, 'site.config.json'), JSON.stringify(CONFIG));
  const env = { BASE_PATH, OUT_DIR, SITE_URL: new URL(siteUrl).origin, SITE_CONFIG: join(folder, 'site.config.json') };
  run(['node_modules/astro/bin/astro.mjs', 'build'], env);
  run(['scripts/index-search.ts'], env);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the home page has the configured name, introduction, language and footer', async () => {
  const page = await browser.newPage();
  await page.goto(siteUrl);
  expect(await page.title()).toBe('Climate Watch');
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.locator('.site-name').textContent()).toBe('Climate Watch');
  expect(await page.locator('h1').textContent()).toBe('Climate Watch');
  expect(await page.locator('.intro .lede').textContent()).toBe(CONFIG.intro);
  expect(await page.locator('body').textContent()).not.toContain('Resolution 57-NQ/TW on science');
  expect((await page.locator('.site-footer').textContent())?.trim()).toBe(CONFIG.footer);
  const head = await readHeadSeo(page);
  expect(head.meta['og:site_name']).toBe('Climate Watch');
  expect(head.jsonLd).toEqual([expect.objectContaining({ '@type': 'WebSite', name: 'Climate Watch', inLanguage: 'fr', url: siteUrl })]);
  await page.close();
  // The integrations see the same configuration as the pages: the feeds are titled with the name.
  expect(await (await fetch(`${siteUrl}feeds/new.xml`)).text()).toContain('<title>Climate Watch: new texts</title>');
});

it('search still finds texts when the language is not English: one index, in the configured language', async () => {
  const entry = JSON.parse(readFileSync(join(OUT_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual(['fr']);
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/?q=digital`);
  await expect.poll(() => page.locator('.search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await page.close();
});

it('sitemap.xml lists every built page but 404 as absolute URLs that all load, and robots.txt names it', async () => {
  const pages = (readdirSync(OUT_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
  const response = await fetch(`${siteUrl}sitemap.xml`);
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls = (new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc);
  expect(urls.length).toBe(pages.length);
  expect(urls).toContain(siteUrl);
  for (const { id } of await readDocuments()) expect(urls).toContain(`${siteUrl}documents/${id}/`);
  expect(urls.some((u) => u.includes('404'))).toBe(false);
  const statuses = await Promise.all(urls.map(async (url) => [url, (await fetch(url)).status] as const));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  expect(await (await fetch(`${siteUrl}robots.txt`)).text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`);
});

it('a document page\'s canonical link, og:url and og:image are absolute under the base path and load', async () => {
  const [document] = await readDocuments();
  const url = `${siteUrl}documents/${document!.id}/`;
  const page = await browser.newPage();
  await page.goto(url);
  const head = await readHeadSeo(page);
  await page.close();
  expect(head.canonical).toBe(url);
  expect(head.meta['og:url']).toBe(url);
  expect(head.meta['og:image']).toBe(`${siteUrl}social/document.png`);
  await expectPng(head.meta['og:image']!);
  expect(head.jsonLd).toEqual([expect.objectContaining({ url, isPartOf: expect.objectContaining({ name: 'Climate Watch', url: siteUrl }) })]);
});
