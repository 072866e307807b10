/**
 * The version of what the database holds, for caches of replies read from it: the last change-log id
 * (every write to a record table logs a row, through triggers), and whether that id is settled.
 *
 * Change-log ids are taken in order but committed in any order, so while another write transaction is
 * in flight a row with a lower id may still appear under the same maximum. With no write transaction in
 * flight on this database (no other backend holds a transaction id), every row committed later takes an
 * id above the maximum read here, so the id names the data exactly; otherwise it must not be trusted.
 * PGlite runs a transaction to its end before any other statement, so what it reads is always settled.
 */
import type { Database } from './database.ts';

export interface ChangeVersion {
  id: number;
  settled: boolean;
}

export async function changeVersion(db: Database): Promise<ChangeVersion> {
  if (db.engine === 'pglite') {
    const [row] = await db.query<{ id: string | number | null }>(`SELECT max(id) AS id FROM change_log`);
    return { id: Number(row?.id ?? 0), settled: true };
  }
  const [row] = await db.query<{ id: string | number | null; settled: boolean }>(
    `SELECT (SELECT max(id) FROM change_log) AS id,
            NOT EXISTS (SELECT 1 FROM pg_stat_activity
                         WHERE datname = current_database() AND backend_xid IS NOT NULL
                           AND pid <> pg_backend_pid()) AS settled`,
  );
  return { id: Number(row?.id ?? 0), settled: row?.settled === true };
}

/**
 * Reads the version for many requests at once, never with a read that began before a request arrived
 * (which could miss a write committed in between): a request that finds a read in flight waits for the
 * next one, which starts when that read ends and serves every request that came meanwhile.
 */
export class SharedVersionReader {
  private inFlight: Promise<ChangeVersion> | null = null;
  private queued: Promise<ChangeVersion> | null = null;

  constructor(private readonly db: Database) {}

  read(): Promise<ChangeVersion> {
    if (!this.inFlight) return this.begin();
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.begin();
      });
    return this.queued;
  }

  private begin(): Promise<ChangeVersion> {
    const read = changeVersion(this.db).finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    this.inFlight = read;
    return read;
  }
}
