/** Escapes text for use in SVG/HTML text and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A number rounded for SVG coordinates (one decimal). */
export const r = (n: number): string => String(Math.round(n * 10) / 10);
