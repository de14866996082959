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

/** A CSV document: a header row and one row per record, CRLF line ends. */
export function toCsv(columns: string[], rows: Cell[][]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
