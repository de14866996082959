import { SITE } from '../site.ts';
import { documentPagePath, type Feed, type Resolve, rfc3339 } from './feed.ts';

/** The feed as JSON Feed 1.1 (jsonfeed.org/version/1.1); `home_page_url` and `feed_url` only when the site URL makes them absolute. */
export function jsonFeed(feed: Feed, resolve: Resolve): string {
  const absolute = /^https?:/.test(resolve('/'));
  return `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    ...(absolute ? { home_page_url: resolve(feed.page), feed_url: resolve(`${feed.path}.json`) } : {}),
    description: `${SITE.name}: ${SITE.description}`,
    items: feed.documents.map((document) => {
      const url = resolve(documentPagePath(document.id));
      return {
        id: url,
        url,
        title: document.title,
        content_text: document.excerpt,
        ...(document.date ? { date_published: rfc3339(document.date) } : {}),
        ...(document.source ? { authors: [{ name: document.source }] } : {}),
        language: document.language,
      };
    }),
  })}\n`;
}
