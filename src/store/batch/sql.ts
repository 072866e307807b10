/**
 * The statements the batch writer is made of, driven by the entity descriptors: rows travel as one JSON
 * parameter (`jsonb_to_recordset`), typed by the table's columns, and are written only where they differ.
 */
import type { Queryable } from '../database.ts';
import {
  describedTable,
  type Column,
  type ColumnType,
  type TableDescriptor,
} from '../../domain/entities/index.ts';
import { emptyCounts, type SourceLink, type WriteCounts } from './rows.ts';

type SqlRow = Record<string, unknown>;

/** Runs `fn` over `rows` in slices, so no single statement grows too large. */
export async function forEachSlice<T>(
  rows: T[],
  size: number,
  fn: (slice: T[]) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

const recordDef = (columns: Pick<Column, 'name' | 'type'>[]) =>
  columns.map((c) => `${c.name} ${c.type}`).join(', ');

/** The columns `rows` carry (all they may carry when there are none), checked against the table. */
function columnsOf(table: TableDescriptor, rows: SqlRow[]): Column[] {
  if (rows.length === 0) return table.columns.filter((c) => !c.local);
  return Object.keys(rows[0]).map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column || column.local) throw new Error(`${table.name} has no column ${name} to write`);
    return column;
  });
}

async function upsert(
  tx: Queryable,
  table: string,
  columns: Pick<Column, 'name' | 'type'>[],
  key: readonly string[],
  rows: SqlRow[],
): Promise<WriteCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  const names = columns.map((c) => c.name);
  const updatable = names.filter((n) => !key.includes(n));
  const hasUpdatedAt = describedTable(table).columns.some((c) => c.name === 'updated_at');
  const set =
    updatable.map((n) => `${n} = EXCLUDED.${n}`).join(', ') + (hasUpdatedAt ? ', updated_at = now()' : '');
  const changed = updatable.map((n) => `t.${n} IS DISTINCT FROM EXCLUDED.${n}`).join(' OR ');
  await forEachSlice(rows, 2000, async (slice) => {
    const result = await tx.query<{ inserted: boolean }>(
      `INSERT INTO ${table} AS t (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${recordDef(columns)})
       ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set} WHERE ${changed}
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(slice)],
    );
    const inserted = result.filter((r) => r.inserted).length;
    counts.added += inserted;
    counts.updated += result.length - inserted;
    counts.unchanged += slice.length - result.length;
  });
  return counts;
}

/** Upserts rows (objects keyed by column name) by the table's key, writing only rows that differ. */
export function upsertRows(tx: Queryable, table: TableDescriptor, rows: SqlRow[]): Promise<WriteCounts> {
  return upsert(tx, table.name, columnsOf(table, rows), table.key, rows);
}

/**
 * Upserts rows into `table` by `key`, writing only rows that differ; `columns` maps the column names the
 * rows carry to their SQL types.
 */
export function upsertById(
  tx: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: SqlRow[],
  key = 'id',
): Promise<WriteCounts> {
  const typed = Object.entries(columns).map(([name, type]) => ({ name, type: type as ColumnType }));
  return upsert(tx, table, typed, [key], rows);
}

/** Inserts the rows whose key is new and leaves the others as they are. */
export async function insertNew(tx: Queryable, table: TableDescriptor, rows: SqlRow[]): Promise<WriteCounts> {
  const counts = emptyCounts();
  const columns = columnsOf(table, rows);
  const names = columns.map((c) => c.name).join(', ');
  await forEachSlice(rows, 2000, async (slice) => {
    const inserted = await tx.query(
      `INSERT INTO ${table.name} (${names})
       SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r (${recordDef(columns)})
       ON CONFLICT (${table.key.join(', ')}) DO NOTHING RETURNING 1`,
      [JSON.stringify(slice)],
    );
    counts.added += inserted.length;
    counts.unchanged += slice.length - inserted.length;
  });
  return counts;
}

/** Makes the parts in `table` of the records `parentIds` exactly `rows`: deletes the others, inserts the missing. */
export async function replaceParts(
  tx: Queryable,
  table: TableDescriptor,
  parentIds: string[],
  rows: SqlRow[],
): Promise<void> {
  if (parentIds.length === 0) return;
  const parent = table.parentColumn;
  if (!parent) throw new Error(`${table.name} is not a table of parts`);
  const columns = columnsOf(table, rows);
  const names = columns.map((c) => c.name);
  await tx.query(
    `DELETE FROM ${table.name} t WHERE t.${parent} = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS r (${recordDef(columns)})
                       WHERE ${names.map((n) => `r.${n} IS NOT DISTINCT FROM t.${n}`).join(' AND ')})`,
    [parentIds, JSON.stringify(rows)],
  );
  if (rows.length > 0) {
    await tx.query(
      `INSERT INTO ${table.name} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${recordDef(columns)})
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}

/** Records that each record cites a source (record_sources); links already there are left alone. */
export async function linkSources(
  tx: Queryable,
  recordType: string,
  links: { recordId: string; link: SourceLink }[],
): Promise<void> {
  await forEachSlice(links, 5000, async (slice) => {
    await tx.query(
      `INSERT INTO record_sources (record_type, record_id, source_id, locator)
       SELECT $1, r.record_id, r.source_id, r.locator
       FROM jsonb_to_recordset($2::jsonb) AS r (record_id text, source_id text, locator text)
       ON CONFLICT DO NOTHING`,
      [
        recordType,
        JSON.stringify(
          slice.map(({ recordId, link }) => ({
            record_id: recordId,
            source_id: link.sourceId,
            locator: link.locator ?? '',
          })),
        ),
      ],
    );
  });
}
