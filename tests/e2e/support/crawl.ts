/**
 * A breadth-first crawl of a served site from its home page, following every link that stays on the
 * site, and the checks on what it found: links to a missing page, outside the base path, or to an id
 * the page does not have. How a page is read (a browser, or plain HTTP) is the caller's.
 */

/** What a visit found at one URL. */
export interface Visited {
  status: number;
  /** Whether it is an HTML page (its links and ids were read). */
  html: boolean;
  /** Every link on the page, absolute (`a`, `area` and `link` elements' hrefs). */
  links: string[];
  /** Every id on the page (fragment targets). */
  ids: string[];
}

/** Reads one URL of the site; called once per URL, without query or fragment. */
export type Visit = (url: string) => Promise<Visited>;

/** The site as crawled: URL (no query, no fragment) → what its visit found. */
export type Crawl = Map<string, Visited>;

/** The URL of the page or file a link opens: without its query (the same file) and its fragment. */
export const fileOf = (href: string): string => href.replace(/[?#].*$/, '');

/** Visits the start URL and every URL under `siteUrl` linked from a page visited, each once. */
export async function crawl(siteUrl: string, visit: Visit): Promise<Crawl> {
  const found: Crawl = new Map();
  const queue = [siteUrl];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (found.has(url)) continue;
    const visited = await visit(url);
    found.set(url, visited);
    for (const link of visited.links) {
      const file = fileOf(link);
      if (file.startsWith(siteUrl) && !found.has(file)) queue.push(file);
    }
  }
  return found;
}

/**
 * Every broken link of a crawl, as `page → href: why`: a link on the site's host but outside its base
 * path, a link to a URL that did not answer 200, and a link to a fragment its page has no id for.
 */
export function brokenLinks(site: Crawl, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const broken: string[] = [];
  for (const [page, { links }] of site) {
    for (const link of links) {
      if (!link.startsWith(`${origin}/`)) continue;
      const target = site.get(fileOf(link));
      const fragment = decodeURIComponent(new URL(link).hash.slice(1));
      const why = !link.startsWith(siteUrl) ? 'outside the base path'
        : !target ? 'not visited'
        : target.status !== 200 ? `HTTP ${target.status}`
        : fragment && target.html && !target.ids.includes(fragment) ? `no element with id "${fragment}"`
        : null;
      if (why) broken.push(`${page} → ${link}: ${why}`);
    }
  }
  return broken;
}

/** The HTML pages a crawl reached, as paths under the site (`documents/x/`), sorted. */
export const pagesReached = (site: Crawl, siteUrl: string): string[] =>
  [...site].filter(([, v]) => v.html && v.status === 200).map(([url]) => url.slice(siteUrl.length)).sort();
