/** Most URLs one sitemap file may list (sitemaps.org); a larger site gets a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

/** One file to write: its path from the output folder and its text. */
export interface SitemapFile {
  path: string;
  xml: string;
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Escapes the five XML specials (URLs may hold `&`). */
const xmlEscape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Whether a built page belongs in the sitemap: every page but the not-found page. */
export const isIndexable = (pathname: string): boolean => !/(^|\/)404\/?$/.test(pathname.replace(/\.html$/, ''));

/** A `<urlset>` of absolute URLs. */
export const urlset = (urls: readonly string[]): string =>
  `${HEADER}<urlset xmlns="${NS}">\n${urls.map((u) => `<url><loc>${xmlEscape(u)}</loc></url>\n`).join('')}</urlset>\n`;

/**
 * The sitemap files for a list of absolute page URLs, sorted so that builds are identical:
 * `sitemap.xml` itself when they fit in one file, else `sitemap.xml` as an index of `sitemap-1.xml` ….
 * `at(path)` makes a path under the site absolute (the index must give absolute URLs too).
 */
export function sitemapFiles(urls: readonly string[], at: (path: string) => string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const sorted = [...new Set(urls)].sort();
  if (sorted.length <= limit) return [{ path: 'sitemap.xml', xml: urlset(sorted) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < sorted.length; i += limit) parts.push({ path: `sitemap-${parts.length + 1}.xml`, xml: urlset(sorted.slice(i, i + limit)) });
  const entries = parts.map((p) => `<sitemap><loc>${xmlEscape(at(`/${p.path}`))}</loc></sitemap>\n`).join('');
  const index = `${HEADER}<sitemapindex xmlns="${NS}">\n${entries}</sitemapindex>\n`;
  return [{ path: 'sitemap.xml', xml: index }, ...parts];
}

/** robots.txt: everything may be crawled; the sitemap is named when there is one (it needs an absolute URL). */
export const robotsTxt = (sitemapUrl: string | undefined): string =>
  `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
