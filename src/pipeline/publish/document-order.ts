import type { DocumentData } from '../../schemas/document.ts';
import { compareByDate } from '../../lib/sort-documents.ts';

/** Each document's rank in page order (newest first, undated last, ties by title then id). */
export function documentRanks(documents: readonly DocumentData[]): Map<string, number> {
  const sorted = [...documents].sort((a, b) => compareByDate(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((d, i) => [d.id, i]));
}

/** Orders items by their document's rank, then by paragraph number, keeping their order otherwise. */
export function inPageOrder<T extends { document: string; paragraph: string }>(items: readonly T[], ranks: Map<string, number>): T[] {
  const last = ranks.size;
  const paragraph = (id: string) => Number(id.slice(2)) || 0;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (ranks.get(a.item.document) ?? last) - (ranks.get(b.item.document) ?? last)
      || (a.item.document < b.item.document ? -1 : a.item.document > b.item.document ? 1 : 0)
      || paragraph(a.item.paragraph) - paragraph(b.item.paragraph) || a.i - b.i)
    .map(({ item }) => item);
}
