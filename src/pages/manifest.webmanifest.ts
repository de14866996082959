import type { APIRoute } from 'astro';
import { webManifest } from '../lib/seo/manifest.ts';
import { SITE } from '../lib/site.ts';
import { withBase } from '../lib/urls.ts';

/** The web manifest, linked from every page's head (SeoHead). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest({ ...SITE, withBase }), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
