/** A text as a regular expression source that matches it literally: "Bà Rịa (BR)" → "Bà Rịa \(BR\)". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
