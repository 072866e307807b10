/**
 * A table the page computed, as a file: CSV (csv.ts's formula rule) or an XLSX workbook written in the
 * browser, the same layout as the server's (src/services/spreadsheet.ts): the rows on a first sheet
 * under a bold, frozen heading row, the data's credit on a second sheet. Headings are the table's own,
 * in the page's language.
 */
import { toCsv } from './csv';
import { download, saveBlob } from './download';

/** A column: its heading and how a row gives its cell (a number stays a number). */
export type ExportColumn<Row> = readonly [heading: string, value: (row: Row) => unknown];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cells<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): unknown[][] {
  return rows.map((row) => columns.map(([, value]) => value(row) ?? null));
}

export function downloadCsv<Row>(
  fileName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
) {
  download(`${fileName}.csv`, toCsv([columns.map(([heading]) => heading), ...cells(columns, rows)]));
}

/** A cell as the workbook keeps it: objects as JSON text, as the CSV writer does; text stays text. */
function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The workbook's bytes; exceljs (about 1 MB) is loaded on the first download only. */
export async function xlsxBytes<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  /** One line per row of the credit sheet. */
  credit: string | readonly string[],
): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Amity';
  // Excel refuses sheet names over 31 characters or with []:*?/\.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'data', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(columns.map(([heading]) => heading)).font = { bold: true };
  for (const row of cells(columns, rows)) sheet.addRow(row.map(cellValue));
  const creditSheet = workbook.addWorksheet('attribution');
  for (const line of typeof credit === 'string' ? [credit] : credit) creditSheet.addRow([line]);
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

export async function downloadXlsx<Row>(
  fileName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  credit: string | readonly string[],
) {
  const bytes = await xlsxBytes(fileName, columns, rows, credit);
  saveBlob(new Blob([bytes], { type: XLSX_TYPE }), `${fileName}.xlsx`);
}
