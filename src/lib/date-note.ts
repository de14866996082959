import type { DocumentData } from '../schemas/document.ts';

/** The note explaining a date that was inferred from the text or is missing; null when the date was printed. */
export function inferredDateNote(data: Pick<DocumentData, 'dateSource' | 'dateNote'>): string | null {
  return data.dateSource === 'text' || data.dateSource === 'none' ? data.dateNote : null;
}
