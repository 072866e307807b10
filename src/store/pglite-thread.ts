/**
 * The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly, and each of its
 * queries runs to its end without yielding; on the server's thread a large read (a data set of 130,000
 * places takes seconds) would hold every other request. Here it runs beside the server, which only
 * waits for the answer. The protocol is the `Queryable` interface as messages (see `pglite-client.ts`):
 * queries, scripts and transactions, with a transaction's statements named by its number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types as pgliteTypes, type Transaction } from '@electric-sql/pglite';
import type { ThreadReply, ThreadRequest } from './pglite-protocol.ts';
import { ROWS_PER_MESSAGE, serialiseError } from './pglite-protocol.ts';

const passThrough = (value: string) => value;

/**
 * PostgreSQL's default 128 MB of shared buffers sits inside PGlite's WebAssembly memory, which never
 * shrinks: a server kept 120 MB more resident for no speed. Table pages it does not hold come from the
 * operating system's file cache (the data folder is a real folder), so reads measured no slower with 16 MB.
 */
const SHARED_BUFFERS = '16MB';
const port = parentPort!;
const { dataDir } = workerData as { dataDir: string };

interface OpenTransaction {
  tx: Transaction;
  /** Ends the transaction: true commits, false rolls back. */
  end(commit: boolean): void;
  /** Settles once PGlite has committed or rolled back. */
  done: Promise<unknown>;
}

const ROLLBACK = Symbol('rollback');
const transactions = new Map<number, OpenTransaction>();

function reply(message: ThreadReply): void {
  port.postMessage(message);
}

/** Rows in messages of ROWS_PER_MESSAGE, so the server takes a large answer in several turns. */
function sendRows(id: number, rows: unknown[]): void {
  for (let from = 0; from + ROWS_PER_MESSAGE < rows.length; from += ROWS_PER_MESSAGE)
    reply({ id, part: rows.slice(from, from + ROWS_PER_MESSAGE) });
  const rest = rows.length % ROWS_PER_MESSAGE || ROWS_PER_MESSAGE;
  reply({ id, rows: rows.length > ROWS_PER_MESSAGE ? rows.slice(rows.length - rest) : rows });
}

function begin(db: PGlite): Promise<OpenTransaction> {
  return new Promise((resolve, reject) => {
    let end!: (commit: boolean) => void;
    const decided = new Promise<boolean>((r) => (end = r));
    const done = db.transaction(async (tx) => {
      resolve({ tx, end, done });
      // PGlite commits when this returns and rolls back when it throws.
      if (!(await decided)) throw ROLLBACK;
    });
    done.catch((error) => {
      if (error !== ROLLBACK) reject(error);
    });
  });
}

/** Where a statement runs: in its open transaction, or on its own. */
function targetOf(db: PGlite, tx: number | undefined): PGlite | Transaction {
  const target = tx === undefined ? db : transactions.get(tx)?.tx;
  if (!target) throw new Error(`transaction ${tx} is not open`);
  return target;
}

async function handle(db: PGlite, request: ThreadRequest): Promise<void> {
  const { id } = request;
  switch (request.op) {
    case 'query': {
      sendRows(id, (await targetOf(db, request.tx).query(request.sql, request.params)).rows);
      return;
    }
    case 'exec': {
      await targetOf(db, request.tx).exec(request.sql);
      reply({ id, rows: [] });
      return;
    }
    case 'begin': {
      transactions.set(id, await begin(db));
      reply({ id, rows: [] });
      return;
    }
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) throw new Error(`transaction ${request.tx} is not open`);
      transactions.delete(request.tx);
      open.end(request.commit);
      try {
        await open.done;
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      reply({ id, rows: [] });
      return;
    }
    case 'close': {
      await db.close();
      reply({ id, rows: [] });
      port.close();
      return;
    }
  }
}

try {
  const db = await PGlite.create(dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    parsers: {
      [pgliteTypes.DATE]: passThrough,
      [pgliteTypes.TIMESTAMPTZ]: (value: string) => new Date(value).toISOString(),
      [pgliteTypes.INT8]: (value: string) => Number(value),
    },
  });
  port.on('message', (request: ThreadRequest) => {
    handle(db, request).catch((error) => reply({ id: request.id, error: serialiseError(error) }));
  });
  reply({ id: 0, rows: [] });
} catch (error) {
  reply({ id: 0, error: serialiseError(error) });
}
