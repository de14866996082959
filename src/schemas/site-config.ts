import { z } from 'zod';
import { DEFAULT_SITE, defaultFooter } from '../lib/site-defaults.ts';

/** `site.config.json`: the site's own name, words and language. Every field is optional. */
export const SiteConfigInputSchema = z.strictObject({
  /** Name in the header, titles, feeds, citations and the web manifest. */
  name: z.string().trim().min(1).max(80).default(DEFAULT_SITE.name),
  /** Short name for the manifest (home screens); defaults to the name. */
  shortName: z.string().trim().min(1).max(30).optional(),
  /** One-line description: meta description, social previews, the manifest. */
  description: z.string().trim().min(1).max(300).default(DEFAULT_SITE.description),
  /** The home page's introduction, plain text (what the collection is about). */
  intro: z.string().trim().min(1).max(1000).default(DEFAULT_SITE.intro),
  /** Language of the site, BCP 47 (`en`, `vi`, `fr-CA`): `<html lang>` and the search index's language. */
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 tag such as "en" or "vi"').default(DEFAULT_SITE.lang),
  /** The footer's text, plain; defaults to "<name>: texts as published by their outlets …". */
  footer: z.string().trim().min(1).max(500).optional(),
});

/** The configuration with every default filled in (the short name and footer follow the name). */
export const SiteConfigSchema = SiteConfigInputSchema.transform((c) => ({
  ...c,
  shortName: c.shortName ?? (c.name.length <= 30 ? c.name : c.name.slice(0, 30).trim()),
  footer: c.footer ?? defaultFooter(c.name),
}));

/** The site's configuration, defaults applied. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;
