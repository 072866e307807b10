/**
 * The one CSV writer of Amity (API, CLI, exports, index results). A cell a spreadsheet would run as a formula (CSV injection)
 * gets a leading apostrophe, which spreadsheets show as text; `restoreCsvCell` removes it again, so
 * Amity's own exports re-import to the same state. Quoting follows RFC 4180; lines end in `\n`.
 */

/**
 * Text a spreadsheet would take as a formula. Apostrophes already in front count too: without them
 * `'=1` written as is would read back as `=1`, and the escape would not be reversible.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
/** What the writer made of such text: one apostrophe more than the original had. */
const ESCAPED = /^'+[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: a leading apostrophe where it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` exactly: text read from a cell of an Amity CSV, as it was written. */
export function restoreCsvCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * One cell: empty for null, finite numbers and booleans as they are (`-3` is a number, not a formula),
 * objects and arrays as JSON text; every text is then neutralised and quoted as needed.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  )
    return String(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return quote(neutraliseFormula(text));
}

/** One CSV line, with its line end. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\n';
}

/**
 * Rows as a CSV body: a header, then one line a row. The columns are the first row's keys unless given;
 * with neither rows nor columns the body is empty.
 */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[] = rows.length ? Object.keys(rows[0]) : [],
): string {
  if (columns.length === 0) return '';
  return csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => r[c]))).join('');
}
