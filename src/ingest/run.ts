/**
 * Runs one import: builds the batch, refuses the whole file when any row is bad, and otherwise writes it
 * in one transaction together with the import's report. A crash mid-way leaves the database as it was,
 * and the space the lost rows took is reclaimed (see `reclaimLostWrites`).
 *
 * Re-importing is a no-op by content. Importers take a source's id and a row's locator from what they
 * read (the data set's own name, the table's content, what the user names the source), never from the
 * name of the file, and the batch writer writes only what differs: the same rows under any file name
 * write no record, link or change-log row. An import is recorded once per kind and content (sha256);
 * running the same bytes again reports that first import as `previous`, and is recorded again only if
 * it changed something (another mapping of the same file, or rows restored after an edit).
 */
import { createHash } from 'node:crypto';
import type { Database } from '../store/database.ts';
import { applyBatch, BATCH_TABLES, type RecordBatch } from '../store/batch.ts';
import { emptyReport, ImportRejected, recordWrites, type ImportReport } from './report.ts';

export interface ImportJob {
  kind: string;
  fileName: string;
  /** The bytes the import reads, hashed to recognise a file imported before. */
  content: string | Buffer;
  actor: string;
  build: (report: ImportReport) => RecordBatch | Promise<RecordBatch>;
}

export const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

export async function runImport(db: Database, job: ImportJob): Promise<ImportReport> {
  const report = emptyReport(job.kind, job.fileName, sha256(job.content));
  const earlier = await db.query<{ id: string; file: string; finishedAt: string }>(
    `SELECT id, file_name AS file, finished_at AS "finishedAt" FROM imports
     WHERE kind = $1 AND sha256 = $2 ORDER BY finished_at, id`,
    [job.kind, report.sha256],
  );
  if (earlier.length) report.previous = earlier[0];
  const batch = await job.build(report);
  if (report.errors.length > 0) throw new ImportRejected(report);
  // An import killed earlier left its rows behind; reclaim them before adding more.
  await reclaimAfterInterruptedImport(db);
  const id = `im:${job.kind}:${report.sha256.slice(0, 16)}`;
  const sizes = await relationSizes(db);
  try {
    await db.transaction(job.actor, async (tx) => {
      const result = await applyBatch(tx, batch);
      recordWrites(report, result);
      if (earlier.length > 0 && report.unchanged) return;
      await tx.query(
        `INSERT INTO imports (id, kind, file_name, sha256, actor, report) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [
          earlier.length ? `${id}.${earlier.length + 1}` : id,
          job.kind,
          job.fileName,
          report.sha256,
          job.actor,
          JSON.stringify(summarise(report)),
        ],
      );
    });
  } catch (error) {
    // The rollback keeps the database as it was, but the rows written so far stay in the files as dead
    // space. Reclaiming must not hide why the import failed.
    await reclaimLostWrites(db, sizes).catch(() => undefined);
    throw error;
  }
  return report;
}

/** The stored report keeps counts and the first problems, not every row of a large file. */
function summarise(report: ImportReport) {
  return {
    ...report,
    skipped: report.skipped.slice(0, 1000),
    skippedCount: report.skipped.length,
    unresolved: report.unresolved.slice(0, 2000),
    unresolvedCount: report.unresolved.length,
  };
}

export async function alreadyImported(
  db: Database,
  kind: string,
  content: string | Buffer,
): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM imports WHERE kind = $1 AND sha256 = $2`, [
    kind,
    sha256(content),
  ]);
  return rows.length > 0;
}

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
async function relationSizes(db: Database): Promise<Map<string, number>> {
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
    const after = await relationSizes(db);
    tables = tables.filter((t) => (after.get(t) ?? 0) > (before.get(t) ?? 0));
  }
  const full = db.engine === 'pglite';
  if (tables.length) await db.exec(`VACUUM ${full ? 'FULL ' : ''}${tables.join(', ')}`);
  // Remembered so that the next start does not reclaim the same rows again.
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('reclaimed', $1)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify({ changeLogId: last, at: new Date().toISOString(), tables })],
  );
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
