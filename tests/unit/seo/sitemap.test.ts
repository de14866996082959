import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isIndexable, robotsTxt, sitemapFiles } from '../../../src/lib/seo/sitemap.ts';

const at = (path: string) => `https://example.org/kb${path}`;
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml);
};

describe('the sitemap', () => {
  it('lists each URL once, sorted, escaped, in one urlset when they fit', () => {
    const files = sitemapFiles([at('/b/'), at('/a/?x=1&y=2'), at('/b/')], at);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toContain('&amp;y=2');
    expect(parse(files[0]!.xml).urlset.url.map((u: { loc: string }) => u.loc)).toEqual([at('/a/?x=1&y=2'), at('/b/')]);
  });

  it('becomes an index of absolute sitemap URLs when the pages exceed the limit', () => {
    const urls = ['/1/', '/2/', '/3/', '/4/', '/5/'].map(at);
    const files = sitemapFiles(urls, at, 2);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(parse(files[0]!.xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([at('/sitemap-1.xml'), at('/sitemap-2.xml'), at('/sitemap-3.xml')]);
    expect(files.slice(1).flatMap((f) => parse(f.xml).urlset.url.map((u: { loc: string }) => u.loc))).toEqual(urls);
  });

  it('leaves out the not-found page only', () => {
    expect(['/', '/404/', '/404.html', '/documents/404-report/', '/events/x/'].filter(isIndexable)).toEqual(['/', '/documents/404-report/', '/events/x/']);
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap when there is one', () => {
    expect(robotsTxt(at('/sitemap.xml'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/kb/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
