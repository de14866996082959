import { monthRange } from '../charts/mention-series.ts';

/** Texts per filter value, as Pagefind counts them (`filters.month`, `filters.speaker`). */
export type FilterCounts = Record<string, number>;

/** One month of a term's trend. */
export interface TrendMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Texts of that month that contain the query. */
  texts: number;
  /** Texts of that month in the whole corpus. */
  corpus: number;
}

/** A term's trend: texts containing it per month, on a continuous monthly axis, and the undated ones. */
export interface Trend {
  series: TrendMonth[];
  /** Texts that contain the query, dated or not. */
  total: number;
  /** Texts that contain the query and have no date (no month filter). */
  undated: number;
}

/**
 * The trend of a query from Pagefind's counts: `corpusMonths` is `filters().month` (every dated text),
 * `matchedMonths` the search's `filters.month`, `matched` its number of results. Every month between
 * the corpus's first and last appears, with zero when no text of it matches; a text has at most one
 * month, so the results left over are the undated ones.
 */
export function trendOf(corpusMonths: FilterCounts, matchedMonths: FilterCounts, matched: number): Trend {
  const series = monthRange(Object.keys(corpusMonths)).map((month) => ({
    month,
    texts: matchedMonths[month] ?? 0,
    corpus: corpusMonths[month] ?? 0,
  }));
  const dated = series.reduce((sum, m) => sum + m.texts, 0);
  return { series, total: matched, undated: Math.max(0, matched - dated) };
}

/** The `n` values with the most texts (ties by name), zeros left out. */
export function topValues(counts: FilterCounts, n: number): { name: string; texts: number }[] {
  return Object.entries(counts)
    .filter(([, texts]) => texts > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([name, texts]) => ({ name, texts }));
}
