import { SITE } from '../site.ts';
import { type CitationTarget, citationKey, dateParts, targetUrl } from './source.ts';

/** The CSL-JSON fields this site fills (names and types as in the CSL data schema, csl-data.json). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
  language: string;
  source: string;
  note?: string;
}

/** The target as one CSL-JSON item: a newspaper article in its outlet, at its permalink. */
export function cslItem(target: CitationTarget): CslItem {
  const { document, paragraph } = target;
  const note = [paragraph ? `Paragraph ${paragraph}.` : null, document.url ? `Original: ${document.url}` : null].filter(Boolean).join(' ');
  return {
    id: citationKey(target),
    type: 'article-newspaper',
    title: document.title,
    ...(document.source ? { 'container-title': document.source } : {}),
    ...(document.date ? { issued: { 'date-parts': [dateParts(document.date)] } } : {}),
    URL: targetUrl(target),
    language: document.language,
    source: SITE.name,
    ...(note ? { note } : {}),
  };
}

/** A CSL-JSON file of the one item (CSL-JSON is an array), as reference managers import it: a variable a line. */
export function cslJson(target: CitationTarget): string {
  const lines = Object.entries(cslItem(target)).map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `[{\n${lines.join(',\n')}\n}]`;
}
