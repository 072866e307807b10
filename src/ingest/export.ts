/**
 * Bulk export of every registry table to CSV or JSON, and the import that restores the same state from
 * such an export. Arrays and JSON values travel as JSON text in CSV cells; text a spreadsheet would run
 * as a formula is written with a leading apostrophe, which the import removes again.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { csvLine, restoreCsvCell } from '../domain/csv.ts';
import {
  REGISTRY_TABLES,
  describedTable,
  exportedColumns,
  isStructured,
  type RegistryTable,
  type TableDescriptor,
} from '../domain/entities/index.ts';
import type { Database, Queryable } from '../store/database.ts';
import { restoreRows, tablePages } from '../store/export-rows.ts';

/** Every registry table, in dependency order: a table only refers to tables before it. */
export const EXPORT_TABLES: readonly RegistryTable[] = REGISTRY_TABLES.map((t) => t.name);
export type ExportTable = RegistryTable;

/** The columns an export of the table carries, as its JSON form lists them. */
const columnsOf = (table: TableDescriptor) =>
  exportedColumns(table).map((c) => ({ name: c.name, type: c.type, nullable: c.nullable }));

/**
 * Rows an export reads at a time. On PGlite a page holds its single connection (and its rows are taken
 * in one turn of the server's event loop), so pages are small: other requests' queries run between them.
 */
export const EXPORT_PAGE_ROWS = 500;

async function* exportChunks(
  db: Queryable,
  table: ExportTable,
  format: 'csv' | 'json',
  pageRows: number,
  internal: boolean,
): AsyncGenerator<string> {
  const described = describedTable(table);
  const columns = columnsOf(described);
  if (format === 'json') {
    // The same text as JSON.stringify({ table, columns, rows }), written a page at a time.
    yield `${JSON.stringify({ table, columns }).slice(0, -1)},"rows":[`;
    let first = true;
    for await (const rows of tablePages(db, described, pageRows, { internal })) {
      yield (first ? '' : ',') + rows.map((r) => JSON.stringify(r)).join(',');
      first = false;
    }
    yield ']}';
    return;
  }
  yield csvLine(columns.map((c) => c.name));
  for await (const rows of tablePages(db, described, pageRows, { internal }))
    yield rows
      .map((r) =>
        csvLine(
          columns.map((c) => {
            const v = r[c.name];
            // JSON scalars too (a jsonb string, a number) are written as JSON text, so import can parse them.
            return v !== null && v !== undefined && isStructured(c.type) ? JSON.stringify(v) : v;
          }),
        ),
      )
      .join('');
}

/**
 * One table as CSV (a header line, then a line a row) or JSON (`{ table, columns, rows }`), as a stream
 * of text: the next page is read only when the consumer reads, so a large table is never whole in memory.
 */
export function exportTableStream(
  db: Database,
  table: ExportTable,
  format: 'csv' | 'json',
  options: { pageRows?: number; /** Records not public too (a full backup). */ internal?: boolean } = {},
): Readable {
  const chunks = exportChunks(
    db,
    table,
    format,
    options.pageRows ?? EXPORT_PAGE_ROWS,
    options.internal ?? false,
  );
  return Readable.from(chunks, {
    objectMode: false,
  });
}

export interface TableFile {
  table: string;
  format: 'csv' | 'json';
  text: string;
}

/** Rows of an exported file, typed for the table's columns; errors name the file, row and column. */
function rowsOfFile(table: TableDescriptor, file: TableFile, errors: string[]): Record<string, unknown>[] {
  const columns = exportedColumns(table);
  let rows: Record<string, unknown>[];
  let fileColumns: string[];
  if (file.format === 'json') {
    const parsed = JSON.parse(file.text) as { table?: string; rows?: Record<string, unknown>[] };
    if (parsed.table !== table.name || !Array.isArray(parsed.rows)) {
      errors.push(`${table.name}.json: not an Amity export of table ${table.name}`);
      return [];
    }
    rows = parsed.rows;
    fileColumns = rows.length ? Object.keys(rows[0]) : [];
  } else {
    const records = parse(file.text, { columns: true, skip_empty_lines: true, bom: true }) as Record<
      string,
      string
    >[];
    fileColumns = records.length ? Object.keys(records[0]) : [];
    rows = records.map((record, i) => {
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        const written = record[c.name];
        const cell = written === undefined ? undefined : restoreCsvCell(written);
        // CSV has no null: an empty cell is null, except in a text column that cannot be null.
        if (cell === '' && !c.nullable && c.type === 'text') row[c.name] = '';
        else if (cell === undefined || cell === '') row[c.name] = null;
        else if (isStructured(c.type)) {
          try {
            row[c.name] = JSON.parse(cell);
          } catch {
            errors.push(`${table.name}.csv row ${i + 2}, ${c.name}: not valid JSON`);
          }
        } else if (c.type === 'boolean') row[c.name] = cell === 'true';
        else if (c.type === 'integer' || c.type === 'bigint' || c.type === 'double precision')
          row[c.name] = Number(cell);
        else row[c.name] = cell;
      }
      return row;
    });
  }
  // Bookkeeping columns (updated_at, …) are known but not restored: this database keeps its own.
  const known = new Set(table.columns.map((c) => c.name));
  const unknown = fileColumns.filter((k) => !known.has(k));
  if (unknown.length)
    errors.push(`${table.name}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  return rows;
}

/**
 * Restores an export into this database in one transaction: rows are upserted by key, so importing the
 * same export twice changes nothing. Rows of the database that the export lacks are left alone.
 */
export async function importExport(
  db: Database,
  actor: string,
  files: TableFile[],
): Promise<Record<string, number>> {
  const unknown = files.filter((f) => !EXPORT_TABLES.includes(f.table as ExportTable));
  if (unknown.length) throw new Error(`not exportable tables: ${unknown.map((f) => f.table).join(', ')}`);
  const ordered = [...files].sort(
    (a, b) => EXPORT_TABLES.indexOf(a.table as ExportTable) - EXPORT_TABLES.indexOf(b.table as ExportTable),
  );
  const errors: string[] = [];
  const parsed = ordered.map((file) => {
    const table = describedTable(file.table);
    return { table, rows: rowsOfFile(table, file, errors) };
  });
  if (errors.length)
    throw new Error(`export files rejected, nothing written: ${errors.slice(0, 10).join('; ')}`);
  return db.transaction(actor, async (tx) => {
    const written: Record<string, number> = {};
    for (const { table, rows } of parsed) written[table.name] = await restoreRows(tx, table, rows);
    return written;
  });
}
