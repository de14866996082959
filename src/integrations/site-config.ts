import { loadSiteConfig } from '../lib/site-config.ts';

/**
 * The site configuration, read once when astro.config.mjs loads. It is also put on `globalThis`
 * (before any integration's modules run, as astro.config.mjs imports this first), so that code the
 * integrations share with the pages (the feeds' titles) sees the same configuration as Vite's `define`.
 */
export const siteConfig = loadSiteConfig();
(globalThis as { __SITE_CONFIG__?: unknown }).__SITE_CONFIG__ = siteConfig;
