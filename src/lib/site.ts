/** Site-wide texts: the name and the one-line description used in titles and meta tags. */
export const SITE = {
  name: 'Policy Texts',
  description: 'Public policy news texts, cleaned up, dated and searchable: what was said, where and when.',
} as const;
