import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { sortByDate } from '../../src/lib/sort-documents.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { launchBrowser } from './support/browser.ts';
import { mostMentionedPerson, readDocuments, readEntities } from './support/corpus.ts';
import { OUT_DIR } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** What a feed should list: the texts, newest first, dated only, at most `size`. */
const expected = (documents: DocumentData[], size: number) => sortByDate(documents.map((data) => ({ data }))).map((d) => d.data).filter((d) => d.date).slice(0, size);
/** A document's page as the feeds link it without SITE_URL: a path from the host's root. */
const pagePath = (id: string) => `${new URL(siteUrl).pathname}documents/${id}/`;

/** Fetches a feed, checks its media type, and returns its text. */
async function download(url: string, type: RegExp): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type'), url).toMatch(type);
  return response.text();
}

/** Reads an Atom feed: well-formed XML, its entries as a list. */
function readAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
  expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
  return feed as { title: string; id: string; updated: string; entry?: { title: string; link: { href: string }[]; id: string; updated: string }[] };
}

/** Reads a JSON Feed and checks the fields every feed and item must have. */
function readJsonFeed(text: string) {
  const feed = JSON.parse(text);
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  for (const item of feed.items) {
    expect(item).toEqual(expect.objectContaining({ id: expect.any(String), url: expect.any(String), content_text: expect.any(String), date_published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/) }));
  }
  return feed as { items: { url: string; title: string; date_published: string }[] };
}

/** The alternate links of a page's head, resolved. */
async function alternates(url: string): Promise<{ type: string; href: string }[]> {
  const page = await browser.newPage();
  await page.goto(url);
  const links = await page.locator('head link[rel="alternate"]').evaluateAll((els) => els.map((el) => ({ type: el.getAttribute('type') ?? '', href: (el as HTMLLinkElement).href })));
  await page.close();
  return links;
}

it('the feeds of new texts list the newest dated texts in both formats and are linked from home and the documents index', async () => {
  const documents = expected(await readDocuments(), 50);
  expect(documents.length).toBeGreaterThan(0);
  const atom = readAtom(await download(`${siteUrl}feeds/new.xml`, /^application\/xml/));
  expect(atom.entry?.map((e) => e.link[0]?.href)).toEqual(documents.map((d) => pagePath(d.id)));
  expect(atom.entry?.map((e) => e.title)).toEqual(documents.map((d) => d.title));
  expect(atom.updated.slice(0, 10)).toBe(documents[0]!.date!.padEnd(10, '-01').slice(0, 10));
  const json = readJsonFeed(await download(`${siteUrl}feeds/new.json`, /^application\/json/));
  expect(json.items.map((i) => i.url)).toEqual(documents.map((d) => pagePath(d.id)));

  const feedLinks = [
    { type: 'application/atom+xml', href: `${siteUrl}feeds/new.xml` },
    { type: 'application/feed+json', href: `${siteUrl}feeds/new.json` },
  ];
  expect(await alternates(siteUrl)).toEqual(feedLinks);
  expect(await alternates(`${siteUrl}documents/`)).toEqual(feedLinks);
});

it('an entity\'s feeds list the dated texts that name it, newest first, and are linked from its page', async () => {
  const person = await mostMentionedPerson();
  const naming = new Set(person.mentions.map((m) => m.document));
  const documents = expected((await readDocuments()).filter((d) => naming.has(d.id)), 20);
  expect(documents.length).toBeGreaterThan(1);
  const feed = `${siteUrl}feeds/entities/${person.id}`;
  const atom = readAtom(await download(`${feed}.xml`, /^application\/xml/));
  expect(atom.title).toContain(person.name);
  expect(atom.entry?.map((e) => e.link[0]?.href)).toEqual(documents.map((d) => pagePath(d.id)));
  const json = readJsonFeed(await download(`${feed}.json`, /^application\/json/));
  expect(json.items.map((i) => i.url)).toEqual(documents.map((d) => pagePath(d.id)));
  expect(await alternates(`${siteUrl}entities/${person.id}/`)).toEqual([
    { type: 'application/atom+xml', href: `${feed}.xml` },
    { type: 'application/feed+json', href: `${feed}.json` },
  ]);
});

it('every entity a dated text names has both feeds, and no other entity has one', async () => {
  const dated = new Set((await readDocuments()).filter((d) => d.date).map((d) => d.id));
  const withFeeds = (await readEntities()).filter((e) => e.mentions.some((m) => dated.has(m.document))).map((e) => e.id).sort();
  const files = (await readdir(join(OUT_DIR, 'feeds', 'entities'), { recursive: true })).filter((f) => /\.(xml|json)$/.test(f));
  const ids = (extension: string) => files.filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)).sort();
  expect(ids('.xml')).toEqual(withFeeds);
  expect(ids('.json')).toEqual(withFeeds);
});
