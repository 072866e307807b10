/**
 * The web application's CSV writer, the same rule as the server's (src/domain/csv.ts, which the
 * browser bundle cannot import): a cell a spreadsheet would run as a formula gets a leading apostrophe,
 * which spreadsheets show as text. Lines end in CRLF (RFC 4180), what spreadsheet programs expect.
 */

/** Apostrophes already in front count too, so that the escape stays reversible. */
const FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` exactly. */
export function restoreCsvCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/** Empty for null; finite numbers and booleans as they are; objects as JSON; every text neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  const text = neutraliseFormula(typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
