/** Path of the feed of new texts from the site's root, without extension: `.xml` is Atom, `.json` JSON Feed. */
export const NEW_TEXTS_FEED = '/feeds/new';

/** Path of the feed of one entity's texts (`person/to-lam` → `/feeds/entities/person/to-lam`). */
export const entityFeedPath = (id: string): string => `/feeds/entities/${id}`;

/** The two formats of every feed: extension, media type and name, as `<link rel="alternate">` gives them. */
export const FEED_FORMATS = [
  { extension: '.xml', type: 'application/atom+xml', name: 'Atom' },
  { extension: '.json', type: 'application/feed+json', name: 'JSON Feed' },
] as const;
