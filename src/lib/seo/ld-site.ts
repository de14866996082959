import { resolver } from '../feeds/feed.ts';
import { SITE } from '../site.ts';
import type { LdSite } from './json-ld.ts';

/** The site as the JSON-LD builders need it, in a page: its name, and URLs under the base path, absolute with SITE_URL (`Astro.site`). */
export const ldSite = (site: URL | undefined): LdSite => ({ name: SITE.name, at: resolver(import.meta.env.BASE_URL, site) });
