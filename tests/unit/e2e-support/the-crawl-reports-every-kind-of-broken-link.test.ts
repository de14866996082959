import { describe, expect, it } from 'vitest';
import { brokenLinks, crawl, type Crawl, pagesReached, type Visited } from '../../e2e/support/crawl.ts';

const SITE = 'http://host/kb/sub/';
const page = (links: string[], ids: string[] = []): Visited => ({ status: 200, html: true, links, ids });

describe('the end-to-end crawl', () => {
  it('visits every linked URL under the site once, without query or fragment, and nothing outside it', async () => {
    const pages: Record<string, Visited> = {
      [SITE]: page([`${SITE}a/?q=1`, `${SITE}a/#p-2`, 'http://host/elsewhere/', 'https://other.example/']),
      [`${SITE}a/`]: page([SITE, `${SITE}data/x.csv`], ['p-2']),
      [`${SITE}data/x.csv`]: { status: 200, html: false, links: [], ids: [] },
    };
    const visited: string[] = [];
    const site = await crawl(SITE, async (url) => { visited.push(url); return pages[url] ?? { status: 404, html: true, links: [], ids: [] }; });
    expect(visited).toEqual([SITE, `${SITE}a/`, `${SITE}data/x.csv`]);
    expect(pagesReached(site, SITE)).toEqual(['', 'a/']);
    expect(brokenLinks(site, SITE)).toEqual([`${SITE} → http://host/elsewhere/: outside the base path`]);
  });

  it('reports a link to a missing page and to an id its page does not have', () => {
    const site: Crawl = new Map([
      [SITE, page([`${SITE}gone/`, `${SITE}a/#p-9`, `${SITE}a/#p-1`])],
      [`${SITE}gone/`, { status: 404, html: true, links: [], ids: [] }],
      [`${SITE}a/`, page([], ['p-1'])],
    ]);
    expect(brokenLinks(site, SITE)).toEqual([
      `${SITE} → ${SITE}gone/: HTTP 404`,
      `${SITE} → ${SITE}a/#p-9: no element with id "p-9"`,
    ]);
  });
});
