/**
 * Maintenance that runs outside any transaction: reclaiming the space a rolled-back or killed import left
 * behind, and refreshing the planner's statistics after bulk loads.
 */
import type { Database } from './database.ts';
import { BATCH_TABLES } from './batch.ts';
import { writeMeta } from './meta.ts';

/** The tables an import writes (its record and the `imports` row) and so may leave dead rows in. */
const IMPORT_TABLES = [...BATCH_TABLES, 'imports'];

/** Change-log rows lost before their dead space is worth a VACUUM: roughly a megabyte of rows. */
export const LOST_ROWS_WORTH_RECLAIMING = 1000;

export interface Reclaimed {
  tables: string[];
  /** Change-log rows the lost transactions had written (each stands for one record or link row). */
  lostRows: number;
  full: boolean;
  ms: number;
}

/** Bytes on disk of each import table, indexes included: a stat of its files, no scan. */
export async function importTableSizes(db: Database): Promise<Map<string, number>> {
  const rows = await db.query<{ name: string; bytes: number }>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
     WHERE c.relname = ANY($1::text[]) AND c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace`,
    [IMPORT_TABLES],
  );
  return new Map(rows.map((r) => [r.name, Number(r.bytes)]));
}

/**
 * How many change-log rows transactions wrote and then lost since the last reclaim. Every write of an
 * import is logged, and an identity value is never handed out twice, so the change log's sequence running
 * ahead of its highest row counts the rows a rolled-back or killed transaction left behind.
 */
async function lostChangeLogRows(db: Database): Promise<{ lost: number; last: number }> {
  const [row] = await db.query<{ last: number | null; max: number | null; reclaimed: number | null }>(
    `SELECT pg_sequence_last_value(pg_get_serial_sequence('change_log', 'id')::regclass) AS last,
            (SELECT max(id) FROM change_log) AS max,
            (SELECT (value ->> 'changeLogId')::bigint FROM meta WHERE key = 'reclaimed') AS reclaimed`,
  );
  const last = Number(row.last ?? 0);
  return { lost: last - Math.max(Number(row.max ?? 0), Number(row.reclaimed ?? 0)), last };
}

/**
 * Reclaims the space of rows a rolled-back or killed import wrote, when there is enough of it: in the
 * tables that grew since `before` (sizes taken before the import), else in every table an import writes.
 * PGlite runs no autovacuum, so without this its data folder keeps that space for good: VACUUM FULL
 * rewrites the tables and their indexes compactly (about 2 s with the whole gazetteer loaded; a plain
 * VACUUM leaves about a quarter of the dead space in the indexes). On PostgreSQL a plain VACUUM, which
 * blocks no reader, makes the space reusable at once; autovacuum would do so later. VACUUM cannot run
 * inside a transaction, so this runs after the rollback, on its own.
 */
export async function reclaimLostWrites(
  db: Database,
  before?: Map<string, number>,
): Promise<Reclaimed | null> {
  const started = Date.now();
  const { lost, last } = await lostChangeLogRows(db);
  if (lost < LOST_ROWS_WORTH_RECLAIMING) return null;
  let tables = IMPORT_TABLES;
  if (before) {
    const after = await importTableSizes(db);
    tables = tables.filter((t) => (after.get(t) ?? 0) > (before.get(t) ?? 0));
  }
  const full = db.engine === 'pglite';
  if (tables.length) await db.exec(`VACUUM ${full ? 'FULL ' : ''}${tables.join(', ')}`);
  // Remembered so that the next start does not reclaim the same rows again.
  await writeMeta(db, 'reclaimed', { changeLogId: last, at: new Date().toISOString(), tables });
  return { tables, lostRows: lost, full, ms: Date.now() - started };
}

/**
 * At start, and before an import: reclaims what an import killed mid-way (SIGKILL, power loss) left in a
 * PGlite data folder. Only PGlite: one process owns its folder, so a gap in the change log is a lost
 * write, while on a PostgreSQL server it may be another client's transaction still running (and
 * autovacuum is there). Costs one query when there is nothing to do.
 */
export async function reclaimAfterInterruptedImport(db: Database): Promise<Reclaimed | null> {
  if (db.engine !== 'pglite') return null;
  return reclaimLostWrites(db);
}

/** Fresh planner statistics for every table: after bulk loads the old ones make it join whole tables. */
export async function updateStatistics(db: Database): Promise<void> {
  await db.exec('ANALYZE');
}
