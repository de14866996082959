import { bibtexEntry } from './bibtex.ts';
import { cslJson } from './csl-json.ts';
import { plainCitation } from './plain-text.ts';
import { type CitationTarget, targetUrl } from './source.ts';

export type { CitationSource, CitationTarget } from './source.ts';

/** Every form a reader can copy, by the name of its field in the cite panel. */
export interface Citations {
  text: string;
  bibtex: string;
  csl: string;
  permalink: string;
}

/** The citation of a document or paragraph in every form the cite panel offers. */
export const citations = (target: CitationTarget): Citations => ({
  text: plainCitation(target),
  bibtex: bibtexEntry(target),
  csl: cslJson(target),
  permalink: targetUrl(target),
});
