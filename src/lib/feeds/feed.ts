import type { DocumentData } from '../../schemas/document.ts';
import { joinBase } from '../base-path.ts';

/** How many texts the feed of new texts lists: the newest; older ones are on the site's pages. */
export const FEED_SIZE = 50;

/** How many texts an entity's feed lists: fewer, since there is a feed per entity (tens of thousands at scale). */
export const ENTITY_FEED_SIZE = 20;

/** One feed, whatever its format: what it follows and its newest texts. */
export interface Feed {
  /** Title shown by feed readers. */
  title: string;
  /** The page the feed follows, from the site's root (`/entities/person/to-lam/`). */
  page: string;
  /** Path of the feed from the site's root, without its extension (`/feeds/new`; see feed-paths.ts). */
  path: string;
  /** The texts, newest first. */
  documents: DocumentData[];
}

/** Turns a path from the site's root into a URL: absolute under the site URL when there is one, else a path from the host's root. */
export type Resolve = (path: string) => string;

/** Puts paths under the base path, then resolves them against the site URL (SITE_URL) when it is set. */
export const resolver = (base: string, site: URL | string | undefined): Resolve =>
  (path) => (site ? new URL(joinBase(base, path), site).href : joinBase(base, path));

/** Path of a document page from the site's root. */
export const documentPagePath = (id: string): string => `/documents/${id}/`;

/**
 * The texts a feed lists, in the order given (newest first): dated ones only, since a feed orders and
 * announces texts by date and an undated text has none; at most `size`.
 */
export const feedDocuments = (documents: Iterable<DocumentData>, size = FEED_SIZE): DocumentData[] => {
  const listed: DocumentData[] = [];
  for (const document of documents) {
    if (listed.length >= size) break;
    if (document.date) listed.push(document);
  }
  return listed;
};

/** A date as RFC 3339 (what Atom and JSON Feed need), at midnight UTC and on the first of the month or year when less precise. */
export const rfc3339 = (date: string): string => {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
};
