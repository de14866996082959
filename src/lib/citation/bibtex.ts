import { SITE } from '../site.ts';
import { type CitationTarget, citationKey, dateParts, targetUrl } from './source.ts';

/** BibTeX's month macros, which styles print in their own language. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters in text, each with what prints it; letters with diacritics stay UTF-8. */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};

/** Escapes text for a braced BibTeX field, so that it prints as written and never unbalances the braces. */
export const escapeBibtex = (text: string): string => text.replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c] ?? c);

/** A URL for the verbatim `url` field: printed as is, except characters that would break the entry. */
const verbatimUrl = (url: string): string => url.replace(/[{}\\%\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * A BibTeX entry (`@misc`, read by BibTeX and biblatex alike): the outlet as `howpublished`, year and
 * month for BibTeX, the ISO `date` for biblatex, the permalink as `url`, the paragraph and the original
 * URL in `note`. UTF-8: compile with biber, or BibTeX with inputenc.
 */
export function bibtexEntry(target: CitationTarget): string {
  const { document, paragraph } = target;
  const [year, month] = document.date ? dateParts(document.date) : [];
  const note = [paragraph ? `Paragraph ${paragraph}` : null, document.url ? `Original: ${document.url}` : null, `Via ${SITE.name}`].filter(Boolean).join('. ');
  /** Each field with its value as written: braced, or a bare month macro. */
  const fields: [string, string | null][] = [
    ['title', `{{${escapeBibtex(document.title)}}}`],
    ['howpublished', document.source && `{${escapeBibtex(document.source)}}`],
    ['year', year ? `{${year}}` : null],
    ['month', month ? MONTHS[month - 1] ?? null : null],
    ['date', document.date && `{${document.date}}`],
    ['url', `{${verbatimUrl(targetUrl(target))}}`],
    ['note', `{${escapeBibtex(note)}}`],
    ['language', `{${escapeBibtex(document.language)}}`],
  ];
  const lines = fields.flatMap(([name, value]) => (value ? [`  ${name} = ${value},`] : []));
  return `@misc{${citationKey(target)},\n${lines.join('\n')}\n}`;
}
