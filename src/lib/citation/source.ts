import type { DocumentData } from '../../schemas/document.ts';

/** What a citation needs of a document: the fields of its metadata that say what, where and when. */
export type CitationSource = Pick<DocumentData, 'id' | 'title' | 'source' | 'date' | 'url' | 'language'>;

/** One thing to cite: a document, or one of its paragraphs (`p-5` → 5), at its permalink. */
export interface CitationTarget {
  document: CitationSource;
  /** The page's permalink, absolute when the site URL is known, else from the base path (`/kb/documents/x/`). */
  permalink: string;
  /** Number of the cited paragraph (the N of block id `p-N`); absent for the whole text. */
  paragraph?: number;
}

/** The permalink of the target: the page's, with `#p-N` for a paragraph. */
export const targetUrl = ({ permalink, paragraph }: CitationTarget): string => (paragraph ? `${permalink.replace(/#.*$/, '')}#p-${paragraph}` : permalink);

/** A key for reference managers: the document id (`/` → `:`), with `:pN` for a paragraph. */
export const citationKey = ({ document, paragraph }: CitationTarget): string => `${document.id.replaceAll('/', ':')}${paragraph ? `:p${paragraph}` : ''}`;

/** The year, month and day of an ISO date as precisely as it is written (`2025-01` → [2025, 1]). */
export const dateParts = (date: string): number[] => date.split('-').map(Number);
