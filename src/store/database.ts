/**
 * One interface over the two engines: PGlite (embedded, a data folder on disk) and a PostgreSQL server.
 * Repositories only see `Database`, so the same SQL and the same tests run on both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../domain/workers.ts';
import { deserialiseError, type ThreadReply, type ThreadRequest } from './pglite-protocol.ts';
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

/**
 * PGlite in its own thread (`pglite-thread.ts`): its queries run to their end without yielding, so on the
 * server's thread one large read would hold every other request.
 */
class PGliteDatabase implements Database {
  readonly engine = 'pglite' as const;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (rows: unknown[]) => void; reject: (error: Error) => void; parts: unknown[][] }
  >();

  constructor(
    private readonly thread: Worker,
    /** The data folder's lock; null for memory://. */
    readonly lock: DataLock | null,
  ) {
    thread.on('message', (reply: ThreadReply) => this.receive(reply));
    thread.on('error', (error) => this.failAll(error));
    thread.on('exit', (code) => this.failAll(new Error(`the database thread stopped (exit code ${code})`)));
    thread.unref();
  }

  private receive(reply: ThreadReply): void {
    const call = this.pending.get(reply.id);
    if (!call) return;
    if ('part' in reply) {
      call.parts.push(reply.part);
      return;
    }
    this.settled(reply.id);
    if ('error' in reply) call.reject(deserialiseError(reply.error));
    else call.resolve(call.parts.length > 0 ? [...call.parts.flat(), ...reply.rows] : reply.rows);
  }

  private settled(id: number): void {
    this.pending.delete(id);
    // The thread keeps the process alive only while an answer is awaited (a CLI command exits after).
    if (this.pending.size === 0) this.thread.unref();
  }

  /** Why the thread is gone (an abort in PGlite, a close): later statements fail at once with it. */
  private stopped: Error | null = null;

  private failAll(error: Error): void {
    this.stopped ??= error;
    for (const [id, call] of this.pending) {
      this.settled(id);
      call.reject(error);
    }
  }

  private call<T>(request: DistributiveOmit<ThreadRequest, 'id'>, id = this.nextId++): Promise<T[]> {
    // The caller's stack, for the error of a statement that fails in the thread.
    const origin = new Error();
    return new Promise<T[]>((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      if (this.pending.size === 0) this.thread.ref();
      const fail = (error: Error) => {
        error.stack = `${error.name}: ${error.message}${origin.stack?.slice(origin.stack.indexOf('\n')) ?? ''}`;
        reject(error);
      };
      this.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject: fail, parts: [] });
      this.thread.postMessage({ ...request, id });
    });
  }

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.call<T>({ op: 'query', sql, params });
  }

  async exec(sql: string): Promise<void> {
    await this.call({ op: 'exec', sql });
  }

  async transaction<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const tx = this.nextId++;
    await this.call({ op: 'begin' }, tx);
    const q: Queryable = {
      query: <R>(sql: string, params: unknown[] = []) => this.call<R>({ op: 'query', sql, params, tx }),
      exec: async (sql: string) => {
        await this.call({ op: 'exec', sql, tx });
      },
    };
    let result: T;
    try {
      await setActor(q, actor);
      result = await fn(q);
    } catch (error) {
      await this.call({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: 'end', tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    try {
      await this.call({ op: 'close' });
      await this.thread.terminate();
    } finally {
      this.lock?.release();
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Starts the database thread on `dataDir` and waits until PGlite has opened it. */
async function startPGliteThread(dataDir: string): Promise<Worker> {
  const thread = startWorker(new URL('./pglite-thread.ts', import.meta.url), { dataDir });
  let onMessage!: (reply: ThreadReply) => void;
  let onError!: (error: Error) => void;
  let onExit!: (code: number) => void;
  try {
    await new Promise<void>((resolve, reject) => {
      onMessage = (reply) => ('error' in reply ? reject(deserialiseError(reply.error)) : resolve());
      onError = reject;
      onExit = (code) => reject(new Error(`the database thread stopped (exit code ${code})`));
      thread.once('message', onMessage).once('error', onError).once('exit', onExit);
    });
  } catch (error) {
    await thread.terminate();
    throw error;
  } finally {
    thread.off('message', onMessage).off('error', onError).off('exit', onExit);
  }
  return thread;
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
    return new PGliteDatabase(await startPGliteThread(dataDir), lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}
