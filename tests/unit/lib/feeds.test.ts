import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feeds/atom.ts';
import { ENTITY_FEED_SIZE, type Feed, FEED_SIZE, feedDocuments, resolver, rfc3339 } from '../../../src/lib/feeds/feed.ts';
import { jsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import { entityFeed, hasFeed } from '../../../src/lib/feeds/site-feeds.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { EntitySummary } from '../../../src/schemas/entity-summary.ts';

/** A document with the fields a feed reads; the rest as the pipeline would fill them. */
const doc = (id: string, date: string | null, title = `Text ${id}`): DocumentData => ({
  id, file: `seeds/${id}.txt`, title, titleSource: 'explicit', alternateTitles: [], date,
  datePrecision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null,
  dateSource: date ? 'header' : 'none', dateNote: '', source: 'Báo <Nhân Dân> & Co', url: null, language: 'vi', languages: ['vi'],
  excerpt: `First paragraph of ${id} with "quotes" & <tags>.`, blockCount: 3, wordCount: 40,
});
const feed: Feed = { title: 'Texts that name Tô Lâm & co', page: '/entities/person/to-lam/', path: '/feeds/entities/person/to-lam', documents: [doc('b', '2025-01-13'), doc('a', '2024-12')] };

describe('feedDocuments', () => {
  it('keeps the dated texts in the order given and leaves out the undated', () => {
    expect(feedDocuments([doc('c', '2025'), doc('x', null), doc('a', '2024-01-01')]).map((d) => d.id)).toEqual(['c', 'a']);
  });

  it(`lists at most ${FEED_SIZE} texts, the first ones`, () => {
    const many = Array.from({ length: FEED_SIZE + 10 }, (_, i) => doc(`d${i}`, '2025-01-01'));
    expect(feedDocuments(many).map((d) => d.id)).toEqual(many.slice(0, FEED_SIZE).map((d) => d.id));
    expect(feedDocuments(many, 3).map((d) => d.id)).toEqual(['d0', 'd1', 'd2']);
  });
});

describe('resolver', () => {
  it('puts paths under the base path and the site URL when there is one', () => {
    expect(resolver('/kb/', 'https://example.org/')('/documents/a/')).toBe('https://example.org/kb/documents/a/');
  });

  it('gives paths from the host\'s root when there is no site URL', () => {
    expect(resolver('/kb/sub/', undefined)('/feeds/new.xml')).toBe('/kb/sub/feeds/new.xml');
  });
});

it.each([['2025-01-13', '2025-01-13T00:00:00Z'], ['2025-01', '2025-01-01T00:00:00Z'], ['2025', '2025-01-01T00:00:00Z']])('writes %j as RFC 3339 %j', (date, expected) => {
  expect(rfc3339(date)).toBe(expected);
});

describe('Atom', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

  it('is well-formed XML with the texts as entries, newest first, text escaped', () => {
    const xml = atomFeed(feed, resolver('/kb/', 'https://example.org'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed: atom } = parse(xml);
    expect(atom.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(atom.title).toBe('Texts that name Tô Lâm & co');
    expect(atom.id).toBe('https://example.org/kb/feeds/entities/person/to-lam.xml');
    expect(atom.updated).toBe('2025-01-13T00:00:00Z');
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual(['https://example.org/kb/documents/b/', 'https://example.org/kb/documents/a/']);
    expect(atom.entry[0].summary).toBe('First paragraph of b with "quotes" & <tags>.');
    expect(atom.entry[0].author.name).toBe('Báo <Nhân Dân> & Co');
  });

  it('without a site URL, links are paths from the root and ids are stable UUID URNs', () => {
    const xml = atomFeed(feed, resolver('/kb/', undefined));
    const { feed: atom } = parse(xml);
    expect(atom.link.map((l: { href: string }) => l.href)).toEqual(['/kb/entities/person/to-lam/', '/kb/feeds/entities/person/to-lam.xml']);
    expect(atom.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(atomFeed(feed, resolver('/kb/', undefined))).toBe(xml);
  });
});

describe('JSON Feed', () => {
  it('is JSON Feed 1.1 with an item per text: id, url, title, text, date', () => {
    const json = JSON.parse(jsonFeed(feed, resolver('/', 'https://example.org')));
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Texts that name Tô Lâm & co',
      home_page_url: 'https://example.org/entities/person/to-lam/',
      feed_url: 'https://example.org/feeds/entities/person/to-lam.json',
    });
    expect(json.items[1]).toEqual({
      id: 'https://example.org/documents/a/', url: 'https://example.org/documents/a/', title: 'Text a',
      content_text: 'First paragraph of a with "quotes" & <tags>.', date_published: '2024-12-01T00:00:00Z',
      authors: [{ name: 'Báo <Nhân Dân> & Co' }], language: 'vi',
    });
  });

  it('leaves out the home page and feed URLs when there is no site URL to make them absolute', () => {
    const json = JSON.parse(jsonFeed(feed, resolver('/kb/', undefined)));
    expect(json).not.toHaveProperty('home_page_url');
    expect(json).not.toHaveProperty('feed_url');
    expect(json.items[0].url).toBe('/kb/documents/b/');
  });
});

describe('entityFeed', () => {
  const entity = { id: 'person/to-lam', type: 'person', name: 'Tô Lâm', lastNamed: '2025-01-13' } as EntitySummary;
  const documents = [doc('new', '2025-01-13'), doc('undated', null), doc('old', '2024-05-01')];
  const byId = new Map(documents.map((d) => [d.id, d]));

  it('lists the dated texts that name the entity in its page order, and follows its page', () => {
    const feed = entityFeed(entity, { texts: documents.map((d) => ({ document: d.id, count: 1 })) }, byId);
    expect(feed.documents.map((d) => d.id)).toEqual(['new', 'old']);
    expect(feed).toMatchObject({ page: '/entities/person/to-lam/', path: '/feeds/entities/person/to-lam' });
  });

  it(`lists at most ${ENTITY_FEED_SIZE} texts`, () => {
    const many = Array.from({ length: ENTITY_FEED_SIZE + 5 }, (_, i) => doc(`d${i}`, '2025-01-01'));
    const feed = entityFeed(entity, { texts: many.map((d) => ({ document: d.id, count: 1 })) }, new Map(many.map((d) => [d.id, d])));
    expect(feed.documents).toHaveLength(ENTITY_FEED_SIZE);
  });

  it('exists only for an entity a dated text names', () => {
    expect(hasFeed(entity)).toBe(true);
    expect(hasFeed({ lastNamed: null })).toBe(false);
  });
});
