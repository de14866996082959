import type { Comparator } from '../../schemas/target.ts';

/** The comparator a qualifier states; no qualifier (or "about") means reaching the value. */
export function comparatorOf(qualifier: string | undefined): Comparator {
  const q = (qualifier ?? '').toLowerCase();
  if (/^(?:at least|no less than|no lower than|no smaller than|not less than|no fewer than|not fewer than|a minimum of)$/.test(q)) return '>=';
  if (/^(?:more than|over|above|exceeding|exceed)$/.test(q)) return '>';
  if (/^(?:at most|no more than|no higher than|no greater than|not more than|not exceeding|up to|a maximum of)$/.test(q)) return '<=';
  if (/^(?:less than|fewer than|below|under)$/.test(q)) return '<';
  return '=';
}
