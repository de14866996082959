/** A CSV cell value. */
export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when needed. A text starting with = + - @, a tab or a carriage
 * return is prefixed with an apostrophe (OWASP's advice on CSV injection), so that a spreadsheet shows
 * source text instead of running it as a formula. Only texts: a number cell ("-5") is data, and every
 * number the tables hold is a JavaScript number, so escaping texts alone loses no value.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  // A number or a boolean as text has no quote, comma or line break: nothing to escape.
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row with its CRLF line end. */
export const csvRow = (row: readonly Cell[]): string => `${row.map(csvField).join(',')}\r\n`;

/** A CSV document: a header row and one row per record, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows].map(csvRow).join('');
}
