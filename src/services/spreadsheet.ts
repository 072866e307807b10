/**
 * Rows as an XLSX workbook: the rows on a first sheet (a header row from the rows' keys, frozen), the
 * data's credit on a second. Text cells are written as text, so a name starting with `=` stays a name
 * (no formula injection, unlike CSV which needs neutraliseFormula); numbers stay numbers.
 */
import type ExcelJS from 'exceljs';

/** exceljs takes most of a second to load: only XLSX work pays for it. */
const loadExcel = () => import('exceljs').then((m) => m.default);

/** A cell's value as the workbook keeps it: objects and arrays as JSON text, as the CSV writer does. */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return JSON.stringify(value);
}

export async function toXlsx(
  rows: Record<string, unknown>[],
  options: { sheet: string; credit: string },
): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Amity';
  // Excel refuses sheet names over 31 characters or with []:*?/\.
  const sheet = workbook.addWorksheet(options.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'data', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row[c])));
  const credit = workbook.addWorksheet('attribution');
  credit.addRow([options.credit]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
