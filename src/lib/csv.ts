/** A CSV cell value. */
export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when needed. A text starting with = + - @ or a tab is prefixed
 * with an apostrophe, so that a spreadsheet shows source text instead of running it as a formula.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row with its CRLF line end. */
export const csvRow = (row: readonly Cell[]): string => `${row.map(csvField).join(',')}\r\n`;

/** A CSV document: a header row and one row per record, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows].map(csvRow).join('');
}
