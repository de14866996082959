import { createHash } from 'node:crypto';
import { SITE } from '../site.ts';
import { documentPagePath, type Feed, type Resolve, rfc3339 } from './feed.ts';

/** Escapes text for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * A UUID (version 5 layout) named by a path: Atom ids must be absolute IRIs, and without a site URL
 * a path is not one; the same path gives the same id in every build.
 */
const uuidOf = (path: string): string => {
  const hex = createHash('sha1').update(`policy-texts:${path}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
};

/** The id of a page: its absolute URL when the site URL is known, else a UUID named by its path. */
const idOf = (path: string, resolve: Resolve): string => {
  const url = resolve(path);
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : uuidOf(path);
};

/**
 * The feed as Atom 1.0 (RFC 4287). Links are absolute under the site URL, else paths from the host's
 * root, which a reader resolves against the feed's own URL; `updated` is the newest text's date, so
 * that a build does not depend on the clock.
 */
export function atomFeed(feed: Feed, resolve: Resolve): string {
  const updated = feed.documents[0]?.date;
  const entries = feed.documents.map((document) => {
    const path = documentPagePath(document.id);
    return [
      '<entry>',
      `<title>${escapeXml(document.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(resolve(path))}"/>`,
      `<id>${escapeXml(idOf(path, resolve))}</id>`,
      `<updated>${rfc3339(document.date ?? '1970')}</updated>`,
      ...(document.source ? [`<author><name>${escapeXml(document.source)}</name></author>`] : []),
      `<summary>${escapeXml(document.excerpt)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(resolve(feed.page))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(resolve(`${feed.path}.xml`))}"/>`,
    `<id>${escapeXml(idOf(`${feed.path}.xml`, resolve))}</id>`,
    `<updated>${rfc3339(updated ?? '1970')}</updated>`,
    `<author><name>${escapeXml(SITE.name)}</name></author>`,
    `<generator>${escapeXml(SITE.name)}</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
