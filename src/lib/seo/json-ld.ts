import type { DocumentData } from '../../schemas/document.ts';
import type { EntitySummary } from '../../schemas/entity-summary.ts';
import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import type { Event } from '../../schemas/event.ts';

/** A schema.org node (JSON-LD), as plain data. */
export type JsonLd = { '@type': string } & Record<string, unknown>;

/** What every builder needs of the site: its name and how to make a path from the site's root into a URL. */
export interface LdSite {
  name: string;
  /** A path from the site's root (`/documents/x/`) as a URL: absolute with SITE_URL, else under the base path. */
  at: (path: string) => string;
}

const CONTEXT = 'https://schema.org';

/** Drops empty fields, so that the data never claims a blank name or date. */
const compact = (node: Record<string, unknown>): JsonLd =>
  Object.fromEntries(Object.entries(node).filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0))) as JsonLd;

/** The site, as the other nodes' `isPartOf`. */
const partOf = (site: LdSite): JsonLd => ({ '@type': 'WebSite', name: site.name, url: site.at('/') });

/**
 * The site as a whole, with a SearchAction, so that a search engine can send a query straight to the
 * search page (`/search/?q=…`).
 */
export const websiteLd = (site: LdSite, description: string, lang: string): JsonLd => compact({
  '@context': CONTEXT,
  '@type': 'WebSite',
  name: site.name,
  description,
  inLanguage: lang,
  url: site.at('/'),
  potentialAction: {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${site.at('/search/')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  },
});

/** Whether a text is a speech rather than a report about one (by its title: "Speech by …", "Full text of remarks …"). */
export const isSpeech = (title: string): boolean =>
  /\b(speech|remarks|address)\b/i.test(title) && !/\b(on|about|at)\s+(the\s+)?(speech|remarks)\b/i.test(title);

/** A document: a NewsArticle, or a CreativeWork of genre "speech" when the text is one. */
export const documentLd = (site: LdSite, d: DocumentData): JsonLd => compact({
  '@context': CONTEXT,
  '@type': isSpeech(d.title) ? 'CreativeWork' : 'NewsArticle',
  genre: isSpeech(d.title) ? 'speech' : undefined,
  headline: d.title,
  name: d.title,
  description: d.excerpt,
  datePublished: d.date ?? undefined,
  inLanguage: d.language,
  publisher: d.source ? { '@type': 'Organization', name: d.source } : undefined,
  isBasedOn: d.url ?? undefined,
  url: site.at(`/documents/${d.id}/`),
  wordCount: d.wordCount,
  isPartOf: partOf(site),
});

/** Instruments with a number and laws are Legislation. */
const LEGISLATION: ReadonlySet<string> = new Set([...INSTRUMENT_TYPES, 'law']);

/** An entity: Person, Organization, Legislation (numbered instruments and laws), or a CreativeWork for a named programme. */
export const entityLd = (site: LdSite, e: EntitySummary): JsonLd => {
  const common = {
    '@context': CONTEXT,
    name: e.name,
    alternateName: e.aliases.filter((a) => a !== e.name),
    description: e.description ?? undefined,
    url: site.at(`/entities/${e.id}/`),
  };
  if (e.type === 'person') return compact({ ...common, '@type': 'Person', jobTitle: e.latestTitle ?? undefined });
  if (e.type === 'organization') return compact({ ...common, '@type': 'Organization' });
  if (LEGISLATION.has(e.type)) {
    return compact({
      ...common,
      '@type': 'Legislation',
      legislationType: e.type,
      legislationIdentifier: e.number ? [e.number, e.code].filter(Boolean).join('-') : undefined,
      legislationDate: e.date ?? undefined,
      legislationPassedBy: e.issuer ? { '@type': 'Organization', name: e.issuer } : undefined,
      alternateName: [...(e.title && e.title !== e.name ? [e.title] : []), ...common.alternateName],
    });
  }
  return compact({ ...common, '@type': 'CreativeWork', genre: e.type });
};

/** An event or milestone: an Event spanning the days its date covers. */
export const eventLd = (site: LdSite, e: Event, description: string): JsonLd => compact({
  '@context': CONTEXT,
  '@type': 'Event',
  name: e.title,
  description,
  startDate: e.from,
  endDate: e.to,
  location: e.place ? { '@type': 'Place', name: e.place } : undefined,
  url: site.at(`/events/${e.id}/`),
});

/** Any other page (listings, tools, a target): a WebPage of the site. */
export const webPageLd = (site: LdSite, name: string, description: string, path: string): JsonLd => compact({
  '@context': CONTEXT,
  '@type': 'WebPage',
  name,
  description,
  url: path,
  isPartOf: partOf(site),
});

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<`, `>` and `&` written as \u escapes,
 * so that no text from a seed can close the element or open a comment; U+2028/2029 too, for old parsers.
 */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
