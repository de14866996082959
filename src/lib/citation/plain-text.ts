import { SITE } from '../site.ts';
import { type CitationTarget, dateParts, targetUrl } from './source.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as Chicago writes it, as precisely as known ("January 13, 2025", "January 2025", "2025"); "n.d." when undated. */
export function chicagoDate(date: string | null): string {
  if (!date) return 'n.d.';
  const [year, month, day] = dateParts(date);
  const name = month ? MONTHS[month - 1] : undefined;
  return name ? (day ? `${name} ${day}, ${year}` : `${name} ${year}`) : String(year);
}

/** Ends a part with a full stop, unless it ends with its own punctuation ("n.d.", "What next?"). */
const sentence = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * A Chicago-style citation of a news text (no author: the texts rarely name one), read as plain text:
 * “Title.” Outlet, January 13, 2025, para. 5. Original URL. Policy Texts, permalink.
 */
export function plainCitation(target: CitationTarget): string {
  const { document, paragraph } = target;
  const where = [document.source, chicagoDate(document.date), paragraph ? `para. ${paragraph}` : null].filter(Boolean).join(', ');
  const original = document.url ? ` ${document.url}.` : '';
  return `“${sentence(document.title)}” ${sentence(where)}${original} ${SITE.name}, ${targetUrl(target)}.`;
}
