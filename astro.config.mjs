// @ts-check
// First: reads site.config.json and shares it with the integrations' modules before they load.
import { siteConfig } from './src/integrations/site-config.ts';
import { defineConfig } from 'astro/config';
import { feeds } from './src/integrations/feeds.ts';
import { openData } from './src/integrations/open-data.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { normalizeBase } from './src/lib/base-path.ts';

/** Static site; SITE_URL, BASE_PATH and OUT_DIR let one build serve from any host and sub-path. */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: normalizeBase(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Pages are rendered a few at a time, so that writing one overlaps rendering the next.
  // Stylesheets are always files: the Content-Security-Policy (src/lib/csp.ts) allows no inline style.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Document pages are pre-rendered HTML from build:content, not MDX modules in the bundle
  // (see README, Performance); the open data is copied in and the feeds are written after the build.
  integrations: [openData(), feeds(), sitemap()],
  // No script, style or asset is inlined: the Content-Security-Policy allows only the site's own files
  // (no inline script, no data: URLs), and a script on every page (the cite script) is one cached file.
  // The site configuration reaches pages and browser code (the cite script names the site) as a constant.
  vite: {
    build: { assetsInlineLimit: 0 },
    define: { __SITE_CONFIG__: JSON.stringify(siteConfig) },
  },
});
