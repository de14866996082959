import { compareText } from './collate.ts';
import type { DocumentData } from '../schemas/document.ts';
import { formatDate } from './dates.ts';

/** Figures that describe the whole collection, for the home page. */
export interface CorpusSummary {
  /** Number of documents. */
  documents: number;
  /** Outlets, distinct and sorted; unknown outlets are left out. */
  outlets: string[];
  /** Earliest and latest known dates, formatted; null when no document is dated. */
  span: { from: string; to: string } | null;
}

type Summarizable = Pick<DocumentData, 'date' | 'datePrecision' | 'source'>;

/** Counts documents and outlets and finds the date span of a collection. */
export function summarizeCorpus(documents: readonly Summarizable[]): CorpusSummary {
  const outlets = [...new Set(documents.flatMap((d) => (d.source ? [d.source] : [])))].sort((a, b) => compareText(a, b));
  const dated = documents
    .flatMap((d) => (d.date ? [{ date: d.date, precision: d.datePrecision }] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = dated[0];
  const last = dated.at(-1);
  const span = first && last
    ? { from: formatDate(first.date, first.precision), to: formatDate(last.date, last.precision) }
    : null;
  return { documents: documents.length, outlets, span };
}
