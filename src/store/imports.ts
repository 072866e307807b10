/** The `imports` table: one row per import that changed something, found again by kind and content hash. */
import type { z } from 'zod';
import type { Queryable } from './database.ts';
import type { importDetailSchema, importSummarySchema } from '../domain/records.ts';

export interface EarlierImport {
  id: string;
  file: string;
  finishedAt: string;
}

export interface ImportRecord {
  id: string;
  kind: string;
  fileName: string;
  sha256: string;
  actor: string;
  /** Stored as JSON. */
  report: unknown;
}

/** Earlier imports of the same bytes, oldest first. */
export async function earlierImports(tx: Queryable, kind: string, sha256: string): Promise<EarlierImport[]> {
  return tx.query<EarlierImport>(
    `SELECT id, file_name AS file, finished_at AS "finishedAt" FROM imports
     WHERE kind = $1 AND sha256 = $2 ORDER BY finished_at, id`,
    [kind, sha256],
  );
}

export async function hasImport(tx: Queryable, kind: string, sha256: string): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM imports WHERE kind = $1 AND sha256 = $2`, [kind, sha256]);
  return rows.length > 0;
}

export async function recordImport(tx: Queryable, record: ImportRecord): Promise<void> {
  await tx.query(
    `INSERT INTO imports (id, kind, file_name, sha256, actor, report) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO NOTHING`,
    [record.id, record.kind, record.fileName, record.sha256, record.actor, JSON.stringify(record.report)],
  );
}

export type ImportSummary = z.infer<typeof importSummarySchema>;
export type ImportDetail = z.infer<typeof importDetailSchema>;

/** Every recorded import with the counts of its report, oldest first. */
export async function listImports(tx: Queryable): Promise<ImportSummary[]> {
  return tx.query<ImportSummary>(
    `SELECT id, kind, file_name AS "fileName", finished_at AS "finishedAt", report->'written' AS written,
       report->'unresolvedCount' AS "unresolvedCount", report->'skippedCount' AS "skippedCount",
       report->'rows' AS rows
     FROM imports ORDER BY finished_at`,
  );
}

/** One import with its full stored report; null when there is none with this id. */
export async function getImport(tx: Queryable, id: string): Promise<ImportDetail | null> {
  const [row] = await tx.query<ImportDetail>(
    `SELECT id, kind, file_name AS "fileName", sha256, actor, finished_at AS "finishedAt", report
     FROM imports WHERE id = $1`,
    [id],
  );
  return row ?? null;
}
