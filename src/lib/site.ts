import type { SiteConfig } from '../schemas/site-config.ts';
import { DEFAULT_SITE } from './site-defaults.ts';

/** Set by astro.config.mjs: a Vite `define` in pages and browser code, a global while integrations run. */
declare const __SITE_CONFIG__: SiteConfig | undefined;

/**
 * Site-wide texts from `site.config.json` (see README, A site of one's own): name, description,
 * introduction, language and footer. Outside a build (unit tests) the defaults.
 */
export const SITE: SiteConfig = typeof __SITE_CONFIG__ === 'object' && __SITE_CONFIG__ ? __SITE_CONFIG__ : DEFAULT_SITE;
