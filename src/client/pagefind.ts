/**
 * Pagefind's JavaScript API, the part the search, trend and compare pages use, and a loader. Verified on
 * Pagefind 1.6: a search's `filters` counts, for each filter value, the results that match the
 * query and the filters chosen; `totalFilters` counts them with no filter chosen; `search(null, …)`
 * returns every page the filters allow; `filters()` counts every page per value.
 */

/** Counts of pages per value, per filter. */
export type FilterTable = Record<string, Record<string, number>>;

/** A result's data, loaded on demand (one fragment file per result). */
export interface ResultData {
  url: string;
  /** The page's text around the words found, escaped by Pagefind, the words in `<mark>`. */
  excerpt: string;
  meta: { title?: string; date?: string; outlet?: string; names?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One result, its data loaded on demand. */
export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

/** One search's answer. */
export interface SearchResponse {
  results: SearchResult[];
  filters: FilterTable;
  totalFilters: FilterTable;
}

/** The module `pagefind.js` exports. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: readonly string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse>;
  filters(): Promise<FilterTable>;
}

/** Only documents, not the pages about entities, events and targets. */
export const DOCUMENTS_ONLY = { kind: { any: ['Document'] } } as const;

/** Loads and starts Pagefind from the bundle URL, with result URLs under the site's base path. */
export async function loadPagefind(bundle: string, base: string, excerptLength?: number): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options(excerptLength === undefined ? { baseUrl: base } : { baseUrl: base, excerptLength });
  await pagefind.init();
  return pagefind;
}
