/** How many pages `total` items fill at `size` a page (at least one, so that an empty list still has its page). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (1-based). */
export const pageItems = <T>(items: readonly T[], page: number, size: number): T[] => items.slice((page - 1) * size, page * size);

/** Page numbers from 1 to `count`. */
export const pageNumbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

/** The page numbers a pager shows: the first, the last, and two either side of the current one; null marks a gap. */
export function pagerWindow(page: number, count: number): (number | null)[] {
  const shown = pageNumbers(count).filter((n) => n === 1 || n === count || Math.abs(n - page) <= 2);
  const out: (number | null)[] = [];
  for (const n of shown) {
    if (out.length > 0 && n - (out.at(-1) as number) > 1) out.push(null);
    out.push(n);
  }
  return out;
}

/** The static paths of a list's pages under `…/<n>/` from page `first` on: `n` as the parameter, the page and the page count as props. */
export const pagePaths = (count: number, first = 2): { params: { n: string }; props: { page: number; count: number } }[] =>
  pageNumbers(count).filter((n) => n >= first).map((page) => ({ params: { n: String(page) }, props: { page, count } }));
