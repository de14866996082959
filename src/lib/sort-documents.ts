import { compareText } from './collate.ts';
import type { DocumentData } from '../schemas/document.ts';

type Sortable = Pick<DocumentData, 'date' | 'title'>;

/** Orders two documents newest first, undated last, ties by title. */
export function compareByDate(a: Sortable, b: Sortable): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.title, b.title);
}

/** A new array of entries sorted by their data's date (see `compareByDate`). */
export function sortByDate<T extends { data: Sortable }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareByDate(a.data, b.data));
}
