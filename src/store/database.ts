/**
 * One interface over the two engines: PGlite (embedded, a data folder on disk) and a PostgreSQL server.
 * Repositories only see `Database`, so the same SQL and the same tests run on both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { describeCommand, lockDataDir, type DataLock } from './data-lock.ts';

export { DatabaseInUse } from './data-lock.ts';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * Who makes a write: a label for the change log's `actor` (a login, `import`, `migration`), and for a
 * signed-in user their id and organisation, which the log keeps in columns of their own.
 */
export type Actor = string | { label: string; userId: string | null; organisationId: string | null };

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; `actor` is recorded in the change log for every write it makes. */
  transaction<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Dates and timestamps travel as ISO strings: no time-zone shifts, the same on both engines.
const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;
const passThrough = (value: string) => value;

pg.types.setTypeParser(DATE_OID, passThrough);
pg.types.setTypeParser(TIMESTAMPTZ_OID, (value: string) => new Date(value).toISOString());
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));

async function setActor(tx: Queryable, actor: Actor): Promise<void> {
  const { label, userId, organisationId } =
    typeof actor === 'string' ? { label: actor, userId: null, organisationId: null } : actor;
  await tx.query(
    `SELECT set_config('amity.actor', $1, true), set_config('amity.user', $2, true),
            set_config('amity.organisation', $3, true)`,
    [label, userId ?? '', organisationId ?? ''],
  );
}

class PGliteDatabase implements Database {
  readonly engine = 'pglite' as const;
  constructor(
    private readonly db: PGlite,
    /** The data folder's lock; null for memory://. */
    readonly lock: DataLock | null,
  ) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.db.query<T>(sql, params);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async transaction<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const q: Queryable = {
        query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
        exec: async (sql: string) => {
          await tx.exec(sql);
        },
      };
      await setActor(q, actor);
      return fn(q);
    });
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.pool.query(sql, params);
    return result.rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    // A deadlock or serialization failure between concurrent writers is retried: the transaction did
    // nothing, and running it again after the other one finished gives the answer a queue would.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactionOnce(actor, fn);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
      }
    }
  }

  private async transactionOnce<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const q: Queryable = {
        query: async <R>(sql: string, params: unknown[] = []) =>
          (await client.query(sql, params)).rows as R[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      };
      await setActor(q, actor);
      const result = await fn(q);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface OpenOptions {
  /** A postgres:// URL selects a PostgreSQL server; otherwise PGlite is used. */
  url?: string;
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string;
  /**
   * What this process runs (`amity serve --port 3000`), written into the data folder's lock so that a
   * second process is told who holds it. Default: this process's command line.
   */
  owner?: string;
}

/**
 * Adds to what the lock of a PGlite data folder says about its owner: a server records its URL once it
 * listens, so a refused process can point at its API. Nothing to do for other databases.
 */
export function updateOwnerInfo(db: Database, info: { url?: string }): void {
  if (db instanceof PGliteDatabase) db.lock?.update(info);
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: 8 });
    // An idle connection the server closes (a restart, an administrator) must not bring the process down:
    // the pool drops it and opens another on the next query.
    pool.on('error', (error) => process.stderr.write(`PostgreSQL connection lost: ${error.message}\n`));
    // Fail now, with the server's own message, rather than on the first request.
    await pool.query('SELECT 1');
    return new PostgresDatabase(pool);
  }
  const dataDir = options.dataDir ?? 'memory://';
  let lock: DataLock | null = null;
  // A folder on disk (a plain path or file://…, as PGlite reads it); memory:// needs no lock.
  if (!/^[a-z][\w+.-]*:\/\//i.test(dataDir) || dataDir.startsWith('file://')) {
    const folder = dataDir.startsWith('file://') ? dataDir.slice('file://'.length) : dataDir;
    mkdirSync(folder, { recursive: true });
    // Before PGlite touches the folder: a second process must not even read it while another writes.
    lock = lockDataDir(
      folder,
      options.owner ?? describeCommand([path.basename(process.argv0), ...process.argv.slice(1)]),
    );
  }
  try {
    const db = await PGlite.create(dataDir, {
      parsers: {
        [pgliteTypes.DATE]: passThrough,
        [pgliteTypes.TIMESTAMPTZ]: (value: string) => new Date(value).toISOString(),
        [pgliteTypes.INT8]: (value: string) => Number(value),
      },
    });
    return new PGliteDatabase(db, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}
