import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolver } from '../lib/feeds/feed.ts';
import { isIndexable, robotsTxt, sitemapFiles } from '../lib/seo/sitemap.ts';

/**
 * Writes `sitemap.xml` (every built page but 404) and `robots.txt` after the build. A sitemap must give
 * absolute URLs, so it is written only when SITE_URL is set; without it robots.txt names no sitemap and
 * the build log says so. robots.txt is written under the base path (a crawler reads it only at the host's
 * root: copy it there when the site is not served from `/`).
 */
export function sitemap(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        if (!site) {
          await writeFile(join(out, 'robots.txt'), robotsTxt(undefined));
          logger.info('No SITE_URL: no sitemap.xml written (a sitemap needs absolute URLs); robots.txt names none.');
          return;
        }
        const at = resolver(base, site);
        const urls = pages.map((p) => `/${p.pathname}`).filter(isIndexable).map((p) => at(p));
        const files = sitemapFiles(urls, at);
        await Promise.all(files.map((f) => writeFile(join(out, f.path), f.xml)));
        await writeFile(join(out, 'robots.txt'), robotsTxt(at('/sitemap.xml')));
        logger.info(`Wrote sitemap.xml (${urls.length} pages${files.length > 1 ? `, ${files.length - 1} files` : ''}) and robots.txt.`);
      },
    },
  };
}
