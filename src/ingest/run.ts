/**
 * Runs one import: builds the batch, refuses the whole file when any row is bad, and otherwise writes it
 * in one transaction together with the import's report. A crash mid-way leaves the database as it was.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../store/database.ts';
import { applyBatch, type RecordBatch } from '../store/batch.ts';
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
  const batch = await job.build(report);
  if (report.errors.length > 0) throw new ImportRejected(report);
  await db.transaction(job.actor, async (tx) => {
    const result = await applyBatch(tx, batch);
    recordWrites(report, result);
    await tx.query(
      `INSERT INTO imports (id, kind, file_name, sha256, actor, report) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING`,
      [
        `im:${job.kind}:${report.sha256.slice(0, 16)}`,
        job.kind,
        job.fileName,
        report.sha256,
        job.actor,
        JSON.stringify(summarise(report)),
      ],
    );
  });
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
