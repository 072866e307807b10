/**
 * Bulk export of every registry table to CSV or JSON, and the import that restores the same state from
 * such an export. Arrays and JSON values travel as JSON text in CSV cells; text a spreadsheet would run
 * as a formula is written with a leading apostrophe, which the import removes again.
 */
import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { csvLine, restoreCsvCell } from '../domain/csv.ts';
import type { Database, Queryable } from '../store/database.ts';

/** In dependency order: a table only refers to tables before it. */
export const EXPORT_TABLES = [
  'sources',
  'countries',
  'places',
  'place_aliases',
  'corridors',
  'corridor_countries',
  'corridor_nodes',
  'partnerships',
  'organisations',
  'memberships',
  'events',
  'event_participants',
  'projects',
  'project_places',
  'project_participants',
  'project_milestones',
  'project_outcomes',
  'observations',
  'record_sources',
  'claims',
  'coastal_overrides',
  'place_needs_offers',
  'index_definitions',
  'index_results',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const KEYS: Record<ExportTable, string[]> = {
  sources: ['id'],
  countries: ['code'],
  places: ['id'],
  place_aliases: ['alias', 'place_id'],
  corridors: ['id'],
  corridor_countries: ['corridor_id', 'country_code'],
  corridor_nodes: ['corridor_id', 'place_id'],
  partnerships: ['id'],
  organisations: ['id'],
  memberships: ['id'],
  events: ['id'],
  event_participants: ['event_id', 'place_id'],
  projects: ['id'],
  project_places: ['project_id', 'place_id'],
  project_participants: ['project_id', 'name', 'role'],
  project_milestones: ['project_id', 'seq'],
  project_outcomes: ['project_id', 'measure'],
  observations: ['id'],
  record_sources: ['record_type', 'record_id', 'source_id', 'locator'],
  claims: ['record_type', 'record_id', 'field', 'source_id'],
  coastal_overrides: ['place_id'],
  place_needs_offers: ['place_id', 'direction', 'field'],
  index_definitions: ['id'],
  index_results: ['index_id', 'code', 'unit'],
};

/** Columns that are bookkeeping of this database, not data: they are not exported. */
const LOCAL_COLUMNS = new Set(['updated_at', 'created_at', 'computed_at']);

interface Column {
  name: string;
  type: string;
  nullable: boolean;
}

async function columnsOf(tx: Queryable, table: ExportTable): Promise<Column[]> {
  const rows = await tx.query<{
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    is_identity: string;
  }>(
    `SELECT column_name, data_type, udt_name, is_nullable, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return (
    rows
      // Generated row numbers are this database's own; rows are matched by their natural keys instead.
      .filter((r) => !LOCAL_COLUMNS.has(r.column_name) && r.is_identity !== 'YES')
      .map((r) => ({
        name: r.column_name,
        type: r.data_type === 'ARRAY' ? `${r.udt_name.slice(1)}[]` : r.data_type,
        nullable: r.is_nullable === 'YES',
      }))
  );
}

const isStructured = (type: string) => type.endsWith('[]') || type === 'jsonb';

/**
 * Rows an export reads at a time. On PGlite a page is one synchronous pause of the event loop, and
 * decoding is most of it: 2,000 places paused it for 100-300 ms, 500 for under 100, for the same total.
 */
export const EXPORT_PAGE_ROWS = 500;

/**
 * The table's rows in key order, a page at a time, by keyset pagination (rows after the last key seen):
 * each page costs the same however deep into the table, and the SQL is the same on both engines. Pages
 * are separate reads, not one snapshot: holding a transaction open while a slow client downloads would
 * stall every other query on PGlite's single connection.
 */
async function* pagesOf(
  db: Queryable,
  table: ExportTable,
  columns: Column[],
  pageRows: number,
): AsyncGenerator<Record<string, unknown>[]> {
  const keys = KEYS[table];
  const keyTypes = keys.map((k) => {
    const column = columns.find((c) => c.name === k);
    if (!column) throw new Error(`${table}: key column ${k} is not exported`);
    return column.type;
  });
  const select = `SELECT ${columns.map((c) => c.name).join(', ')} FROM ${table}`;
  const order = `ORDER BY ${keys.join(', ')} LIMIT ${pageRows}`;
  const after = `WHERE (${keys.join(', ')}) > (${keyTypes.map((t, i) => `$${i + 1}::${t}`).join(', ')})`;
  let last: Record<string, unknown> | undefined;
  for (;;) {
    const from = last;
    const rows = from
      ? await db.query<Record<string, unknown>>(
          `${select} ${after} ${order}`,
          keys.map((k) => from[k]),
        )
      : await db.query<Record<string, unknown>>(`${select} ${order}`);
    if (rows.length) yield rows;
    if (rows.length < pageRows) return;
    last = rows[rows.length - 1];
    // A turn for the requests waiting behind a long export, however fast the consumer reads.
    await setImmediate();
  }
}

async function* exportChunks(
  db: Queryable,
  table: ExportTable,
  format: 'csv' | 'json',
  pageRows: number,
): AsyncGenerator<string> {
  const columns = await columnsOf(db, table);
  if (format === 'json') {
    // The same text as JSON.stringify({ table, columns, rows }), written a page at a time.
    yield `${JSON.stringify({ table, columns }).slice(0, -1)},"rows":[`;
    let first = true;
    for await (const rows of pagesOf(db, table, columns, pageRows)) {
      yield (first ? '' : ',') + rows.map((r) => JSON.stringify(r)).join(',');
      first = false;
    }
    yield ']}';
    return;
  }
  yield csvLine(columns.map((c) => c.name));
  for await (const rows of pagesOf(db, table, columns, pageRows))
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
  options: { pageRows?: number } = {},
): Readable {
  return Readable.from(exportChunks(db, table, format, options.pageRows ?? EXPORT_PAGE_ROWS), {
    objectMode: false,
  });
}

export interface TableFile {
  table: string;
  format: 'csv' | 'json';
  text: string;
}

/** Rows of an exported file, typed for the table's columns; errors name the file, row and column. */
async function rowsOfFile(
  tx: Queryable,
  file: TableFile,
  errors: string[],
): Promise<{ columns: Column[]; rows: Record<string, unknown>[] }> {
  const table = file.table as ExportTable;
  const columns = await columnsOf(tx, table);
  let rows: Record<string, unknown>[];
  let fileColumns: string[];
  if (file.format === 'json') {
    const parsed = JSON.parse(file.text) as { table?: string; rows?: Record<string, unknown>[] };
    if (parsed.table !== table || !Array.isArray(parsed.rows)) {
      errors.push(`${table}.json: not an Amity export of table ${table}`);
      return { columns, rows: [] };
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
            errors.push(`${table}.csv row ${i + 2}, ${c.name}: not valid JSON`);
          }
        } else if (c.type === 'boolean') row[c.name] = cell === 'true';
        else if (c.type === 'integer' || c.type === 'bigint' || c.type === 'double precision')
          row[c.name] = Number(cell);
        else row[c.name] = cell;
      }
      return row;
    });
  }
  const known = new Set(columns.map((c) => c.name));
  const unknown = fileColumns.filter((k) => !known.has(k) && !LOCAL_COLUMNS.has(k));
  if (unknown.length)
    errors.push(`${table}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  return { columns, rows };
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
  return db.transaction(actor, async (tx) => {
    const written: Record<string, number> = {};
    const errors: string[] = [];
    const parsed = [];
    for (const file of ordered) parsed.push({ file, ...(await rowsOfFile(tx, file, errors)) });
    if (errors.length)
      throw new Error(`export files rejected, nothing written: ${errors.slice(0, 10).join('; ')}`);
    for (const { file, columns, rows: unordered } of parsed) {
      const table = file.table as ExportTable;
      // Places refer to their parents: write parents first so every slice satisfies the foreign key.
      const rows = table === 'places' ? parentsFirst(unordered) : unordered;
      const keys = KEYS[table];
      const others = columns.filter((c) => !keys.includes(c.name));
      const def = columns.map((c) => `${c.name} ${c.type}`).join(', ');
      const names = columns.map((c) => c.name).join(', ');
      const update = others.length
        ? `DO UPDATE SET ${others.map((c) => `${c.name} = EXCLUDED.${c.name}`).join(', ')}
           WHERE (${others.map((c) => `t.${c.name}`).join(', ')}) IS DISTINCT FROM (${others.map((c) => `EXCLUDED.${c.name}`).join(', ')})`
        : 'DO NOTHING';
      let count = 0;
      for (let i = 0; i < rows.length; i += 5000) {
        const slice = rows.slice(i, i + 5000);
        const result = await tx.query(
          `INSERT INTO ${table} AS t (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r (${def})
           ON CONFLICT (${keys.join(', ')}) ${update} RETURNING 1`,
          [JSON.stringify(slice)],
        );
        count += result.length;
      }
      written[table] = count;
    }
    return written;
  });
}

function parentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: Record<string, unknown>): number => {
    const id = r.id as string;
    const known = depth.get(id);
    if (known !== undefined) return known;
    depth.set(id, 0); // guards against a cycle in bad data; the foreign key will then report it
    const parent = r.parent_id ? byId.get(r.parent_id as string) : undefined;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return [...rows].sort((a, b) => depthOf(a) - depthOf(b));
}
