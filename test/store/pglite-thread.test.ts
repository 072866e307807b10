/**
 * The embedded database in its own thread: the server's event loop runs while a query runs, answers
 * come whole and in order whatever their size, errors keep PostgreSQL's fields and the caller's stack,
 * and transactions commit, roll back and keep other statements out as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { ROWS_PER_MESSAGE } from '../../src/store/pglite-protocol.ts';

describe('PGlite in its own thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await db.exec('CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)');
  });
  afterAll(() => db.close());

  it('lets the event loop run while a long query runs', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    // Seconds of work inside PostgreSQL; on the server's own thread no turn would run meanwhile.
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM generate_series(1, 3000000) g WHERE g % 7 = 0',
    );
    running = false;
    expect(row.n).toBe(428571);
    expect(turns).toBeGreaterThan(50);
  });

  it('keeps 16 MB of shared buffers in its WebAssembly memory, not the 128 MB that memory would keep for ever', async () => {
    const [row] = await db.query<{ shared_buffers: string }>('SHOW shared_buffers');
    expect(row.shared_buffers).toBe('16MB');
  });

  it('returns a large answer whole and in order, sent in parts', async () => {
    const n = ROWS_PER_MESSAGE * 2 + 17;
    const rows = await db.query<{ g: number }>('SELECT g FROM generate_series(1, $1::int) g ORDER BY g', [n]);
    expect(rows).toHaveLength(n);
    expect(rows.every((r, i) => r.g === i + 1)).toBe(true);
    expect(await db.query('SELECT 1 WHERE false')).toEqual([]);
    const exact = await db.query<{ g: number }>('SELECT g FROM generate_series(1, $1::int) g', [
      ROWS_PER_MESSAGE,
    ]);
    expect(exact.map((r) => r.g)).toEqual(Array.from({ length: ROWS_PER_MESSAGE }, (_, i) => i + 1));
  });

  it('passes values both ways as before: dates as text, int8 as numbers, json, arrays and nulls', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT DATE '2024-02-29' AS d, TIMESTAMPTZ '2024-02-29 12:00:00+08' AS ts, 9007199254740991::int8 AS big,
         json_build_object('名', $1::text) AS j, ARRAY['上海', NULL] AS a, $2::text AS nothing`,
      ['友城', null],
    );
    expect(row).toEqual({
      d: '2024-02-29',
      ts: '2024-02-29T04:00:00.000Z',
      big: 9007199254740991,
      j: { 名: '友城' },
      a: ['上海', null],
      nothing: null,
    });
  });

  it("keeps PostgreSQL's error fields and the caller's stack", async () => {
    await db.query(`INSERT INTO items VALUES (1, 'one')`);
    const error = await db.query(`INSERT INTO items VALUES (1, 'again')`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'items_pkey', table: 'items' });
    expect((error as Error).stack).toContain('pglite-thread.test.ts');
  });

  it('commits a transaction, rolls one back when it throws, and runs other statements after it', async () => {
    await db.transaction('test', async (tx) => {
      await tx.query(`INSERT INTO items VALUES (2, 'two')`);
      await tx.query(`INSERT INTO items VALUES (3, 'three')`);
    });
    await expect(
      db.transaction('test', async (tx) => {
        await tx.query(`INSERT INTO items VALUES (4, 'four')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      db.transaction('test', async (tx) => {
        await tx.query(`INSERT INTO items VALUES (5, 'five')`);
        await tx.query(`INSERT INTO items VALUES (5, 'five again')`);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    // A statement outside the transaction waits for its end, and then sees all of it.
    let outside: Promise<Array<{ n: number }>> | undefined;
    await db.transaction('test', async (tx) => {
      await tx.query(`INSERT INTO items VALUES (6, 'six')`);
      outside = db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.query(`INSERT INTO items VALUES (7, 'seven')`);
    });
    expect((await outside!)[0].n).toBe(5);
    const ids = await db.query<{ id: number }>('SELECT id FROM items ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual([1, 2, 3, 6, 7]);
  });

  it('fails statements at once, not never, when the thread has stopped', async () => {
    const doomed = await openDatabase({ dataDir: 'memory://' });
    // As an abort inside PGlite would end it.
    await (doomed as unknown as { thread: { terminate(): Promise<number> } }).thread.terminate();
    await expect(doomed.query('SELECT 1')).rejects.toThrow(/database thread stopped/);
    await expect(doomed.transaction('test', async () => undefined)).rejects.toThrow(
      /database thread stopped/,
    );
  });

  it('keeps what it wrote in a data folder across a close and a new open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amity-thread-'));
    try {
      const first = await openDatabase({ dataDir: path.join(dir, 'pglite') });
      await first.exec(`CREATE TABLE kept (name text); INSERT INTO kept VALUES ('友城')`);
      await first.close();
      const second = await openDatabase({ dataDir: path.join(dir, 'pglite') });
      expect(await second.query('SELECT name FROM kept')).toEqual([{ name: '友城' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
