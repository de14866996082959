/**
 * What the site is called and says about itself when `site.config.json` leaves a field out. Plain data
 * with no zod, because browser code (the cite script) reads the site's name through `site.ts`.
 */
export const DEFAULT_SITE = {
  name: 'Policy Texts',
  shortName: 'Policy Texts',
  description: 'Public policy news texts, cleaned up, dated and searchable: what was said, where and when.',
  intro: 'Read and search what the news has reported about public policy: every text dated, its people, instruments, events and targets linked across texts.',
  lang: 'en',
  footer: 'Policy Texts: texts as published by their outlets, cleaned and dated automatically. Check the original before quoting.',
} as const;

/** The footer's default text for a site name: today's footer, with the configured name. */
export const defaultFooter = (name: string): string =>
  `${name}: texts as published by their outlets, cleaned and dated automatically. Check the original before quoting.`;
