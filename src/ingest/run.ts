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
import { applyBatch, type RecordBatch } from '../store/batch.ts';
import { earlierImports, hasImport, recordImport } from '../store/imports.ts';
import { importTableSizes, reclaimAfterInterruptedImport, reclaimLostWrites } from '../store/maintenance.ts';
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
  const earlier = await earlierImports(db, job.kind, report.sha256);
  if (earlier.length) report.previous = earlier[0];
  const batch = await job.build(report);
  if (report.errors.length > 0) throw new ImportRejected(report);
  // An import killed earlier left its rows behind; reclaim them before adding more.
  await reclaimAfterInterruptedImport(db);
  const id = `im:${job.kind}:${report.sha256.slice(0, 16)}`;
  const sizes = await importTableSizes(db);
  try {
    await db.transaction(job.actor, async (tx) => {
      const result = await applyBatch(tx, batch);
      recordWrites(report, result);
      if (earlier.length > 0 && report.unchanged) return;
      await recordImport(tx, {
        id: earlier.length ? `${id}.${earlier.length + 1}` : id,
        kind: job.kind,
        fileName: job.fileName,
        sha256: report.sha256,
        actor: job.actor,
        report: summarise(report),
      });
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
    heldBack: report.heldBack.slice(0, 20_000),
    heldBackCount: report.heldBack.length,
  };
}

export async function alreadyImported(
  db: Database,
  kind: string,
  content: string | Buffer,
): Promise<boolean> {
  return hasImport(db, kind, sha256(content));
}
