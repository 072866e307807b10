/**
 * Bulk export of every registry table to CSV or JSON, and the import that restores the same state from
 * such an export. Arrays and JSON values travel as JSON text in CSV cells.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
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

export async function exportRows(
  tx: Queryable,
  table: ExportTable,
): Promise<{ columns: Column[]; rows: Record<string, unknown>[] }> {
  const columns = await columnsOf(tx, table);
  const rows = await tx.query<Record<string, unknown>>(
    `SELECT ${columns.map((c) => c.name).join(', ')} FROM ${table} ORDER BY ${KEYS[table].join(', ')}`,
  );
  return { columns, rows };
}

export async function exportTable(db: Database, table: ExportTable, format: 'csv' | 'json'): Promise<string> {
  const { columns, rows } = await exportRows(db, table);
  if (format === 'json') return JSON.stringify({ table, columns, rows });
  return stringify(
    rows.map((r) =>
      columns.map((c) => {
        const v = r[c.name];
        if (v === null || v === undefined) return '';
        return isStructured(c.type) ? JSON.stringify(v) : typeof v === 'boolean' ? String(v) : v;
      }),
    ),
    { header: true, columns: columns.map((c) => c.name) },
  );
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
        const cell = record[c.name];
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
