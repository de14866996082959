import type { Comparator } from '../../schemas/target.ts';

/** Words that qualify a figure, as a regular expression source (longest first). */
export const QUALIFIER = String.raw`(?:at least|no less than|not less than|a minimum of|more than|over|above|exceeding|at most|no more than|not more than|up to|a maximum of|less than|fewer than|below|under|about|around|approximately|roughly|nearly)`;

/** A number as written, as a regular expression source with one group: "15,345", "0.7", "30". */
export const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;

/** The comparator a qualifier states; no qualifier (or "about") means reaching the value. */
export function comparatorOf(qualifier: string | undefined): Comparator {
  const q = (qualifier ?? '').toLowerCase();
  if (/^(?:at least|no less than|not less than|a minimum of)$/.test(q)) return '>=';
  if (/^(?:more than|over|above|exceeding)$/.test(q)) return '>';
  if (/^(?:at most|no more than|not more than|up to|a maximum of)$/.test(q)) return '<=';
  if (/^(?:less than|fewer than|below|under)$/.test(q)) return '<';
  return '=';
}

/** A number as written ("15,345", "0.7", "1.5") as a value; thousands separators dropped. */
export function numberOf(text: string): number {
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  return Number(plain);
}
