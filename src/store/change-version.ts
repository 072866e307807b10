/**
 * The version of what the database holds, for caches of replies read from it: the last change-log id
 * (every write to a record table logs a row, through triggers), and whether that id is settled.
 *
 * Change-log ids are taken in order but committed in any order, so while another write transaction is
 * in flight a row with a lower id may still appear under the same maximum. With no write transaction in
 * flight on this database (no other backend holds a transaction id), every row committed later takes an
 * id above the maximum read here, so the id names the data exactly; otherwise it must not be trusted.
 */
import type { Queryable } from './database.ts';

export interface ChangeVersion {
  id: number;
  settled: boolean;
}

export async function changeVersion(db: Queryable): Promise<ChangeVersion> {
  const [row] = await db.query<{ id: string | number | null; settled: boolean }>(
    `SELECT (SELECT max(id) FROM change_log) AS id,
            NOT EXISTS (SELECT 1 FROM pg_stat_activity
                         WHERE datname = current_database() AND backend_xid IS NOT NULL
                           AND pid <> pg_backend_pid()) AS settled`,
  );
  return { id: Number(row?.id ?? 0), settled: row?.settled === true };
}
