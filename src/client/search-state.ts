/**
 * What a search is, as the search page's URL holds it: the query, the chosen values of each filter,
 * a year range and the sort order. Reading and writing it is kept apart from the page's script so
 * that it can be tested without a browser, and so that reload, back and forward restore a search.
 */

/** How results are ordered: Pagefind's relevance, or the date of publication either way. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  query: string;
  /** Chosen values by filter name: several values of one filter combine with OR, filters with AND. */
  filters: Record<string, string[]>;
  /** A range of years, either end open. */
  from: number | null;
  to: number | null;
  sort: SortOrder;
}

/** The filters the page offers, in the order it shows them, with their labels. */
export const FILTERS: readonly { name: string; label: string }[] = [
  { name: 'kind', label: 'Kind of page' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'person', label: 'People named' },
  { name: 'speaker', label: 'People quoted' },
  { name: 'instrument', label: 'Instruments and laws named' },
  { name: 'event', label: 'Kind of event reported' },
];

const SORTS: ReadonlySet<string> = new Set(['relevance', 'newest', 'oldest']);
const YEAR = /^\d{4}$/;

/** The search a URL's parameters hold. */
export function readState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const { name } of FILTERS) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const year = (key: string) => (YEAR.test(params.get(key) ?? '') ? Number(params.get(key)) : null);
  const sort = params.get('sort') ?? '';
  return { query: (params.get('q') ?? '').trim(), filters, from: year('from'), to: year('to'), sort: SORTS.has(sort) ? (sort as SortOrder) : 'relevance' };
}

/** The URL parameters of a search, in a fixed order, defaults left out. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { name } of FILTERS) for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/**
 * The years a range covers among the years the index has: Pagefind has no numeric range, so a
 * range is the "any of" of its years. Null when no range is set (no year filter at all).
 */
export function yearsInRange(from: number | null, to: number | null, years: readonly string[]): string[] | null {
  if (from === null && to === null) return null;
  return years.filter((y) => (from === null || Number(y) >= from) && (to === null || Number(y) <= to));
}

/**
 * Pagefind's filters for a search: each chosen filter's values (OR), and the year range as a year
 * filter. A range that covers no year of the index matches nothing.
 */
export function pagefindFilters(state: SearchState, years: readonly string[]): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) out[name] = { any: values };
  const range = yearsInRange(state.from, state.to, years);
  if (range) out.year = { any: range.length > 0 ? range : ['none'] };
  return out;
}

/**
 * A query as Pagefind is asked it: Pagefind folds accents ("Tô Lâm" finds "to lam") but not the
 * Vietnamese đ, which Unicode does not decompose; the index holds đ-paragraphs written with d too
 * (see src/lib/search-facets.ts), so a query is asked with d as well.
 */
export const pagefindQuery = (query: string): string => query.replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Text folded for comparing names: no accents, đ as d, lower case, single spaces. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The words of a query to mark and find on a page: quoted phrases whole, other words one by one, folded. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const rest = query.replace(/"([^"]+)"/g, (_, phrase: string) => { terms.push(foldName(phrase)); return ' '; });
  for (const word of foldName(rest).split(' ')) if (word.length > 1) terms.push(word);
  return [...new Set(terms.filter(Boolean))];
}
