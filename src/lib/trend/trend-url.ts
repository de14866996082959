/** What a trend page shows, as its URL holds it: `?q=…` and, optionally, `&speaker=…`. */
export interface TrendQuery {
  /** The words searched, trimmed; empty when none. */
  q: string;
  /** Only texts that quote this person (a `speaker` filter value); empty for all texts. */
  speaker: string;
}

/** Reads a trend query from a URL's search parameters. */
export function readTrendQuery(params: URLSearchParams): TrendQuery {
  return { q: (params.get('q') ?? '').trim(), speaker: (params.get('speaker') ?? '').trim() };
}

/** The search part of a trend URL (`?q=digital&speaker=To+Lam`), parameters left out when empty. */
export function trendSearch(query: TrendQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.speaker) params.set('speaker', query.speaker);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of a trend under the site's base path (`/kb/` → `/kb/trend/?q=hydrogen`), for links from other pages such as search. */
export const trendHref = (base: string, query: TrendQuery): string => `${base}trend/${trendSearch(query)}`;
