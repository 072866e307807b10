/** Migrations and the change log written by the database's statement triggers. */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { listMigrations, migrate } from '../../src/store/migrate.ts';
import { applyBatch, type RecordBatch } from '../../src/store/batch.ts';
import { changeLogCount, tableCounts } from '../support/registry-fixtures.ts';

describe.each(ENGINES)('schema and change log on %s', (engine) => {
  let t: TestDatabase | null = null;
  afterEach(async () => {
    await t?.drop();
    t = null;
  });

  it('applies every migration once, and a second run applies none and changes nothing', async () => {
    t = await freshDatabase(engine, { migrate: false });
    const versions = listMigrations().map((m) => m.version);
    expect(versions).toContain(1);
    expect(await migrate(t.db)).toEqual(versions);
    const applied = await t.db.query<{ version: number; name: string }>(
      `SELECT version, name FROM schema_migrations ORDER BY version`,
    );
    expect(applied).toEqual(listMigrations().map((m) => ({ version: m.version, name: m.name })));
    const before = await tableCounts(t.db);
    expect(before.partnerships).toBe(0);
    expect(before.change_log).toBe(0);

    expect(await migrate(t.db)).toEqual([]);
    expect(await migrate(t.db)).toEqual([]);
    expect(await tableCounts(t.db)).toEqual(before);
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM schema_migrations`);
    expect(n).toBe(versions.length);
  });

  it('logs insert, update and delete with the actor, before and after; a no-op upsert logs nothing', async () => {
    t = await freshDatabase(engine);
    const { db } = t;
    const batch = (title: string): RecordBatch => ({
      sources: [{ id: 'src:t1', title, kind: 'document', publisher: 'Fudan' }],
    });

    const inserted = await db.transaction('alice', (tx) => applyBatch(tx, batch('First title')));
    expect(inserted.sources).toEqual({ added: 1, updated: 0, unchanged: 0 });
    let log = await db.query<{
      actor: string;
      action: string;
      table_name: string;
      record_id: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>(`SELECT actor, action, table_name, record_id, before, after FROM change_log ORDER BY id`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actor: 'alice',
      action: 'insert',
      table_name: 'sources',
      record_id: 'src:t1',
      before: null,
    });
    expect(log[0].after).toMatchObject({ id: 'src:t1', title: 'First title', kind: 'document' });

    // The same values again: nothing written, nothing logged.
    const same = await db.transaction('bob', (tx) => applyBatch(tx, batch('First title')));
    expect(same.sources).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await changeLogCount(db)).toBe(1);

    const updated = await db.transaction('bob', (tx) => applyBatch(tx, batch('Second title')));
    expect(updated.sources).toEqual({ added: 0, updated: 1, unchanged: 0 });
    log = await db.query(
      `SELECT actor, action, table_name, record_id, before, after FROM change_log ORDER BY id`,
    );
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({
      actor: 'bob',
      action: 'update',
      table_name: 'sources',
      record_id: 'src:t1',
    });
    expect(log[1].before).toMatchObject({ title: 'First title', publisher: 'Fudan' });
    expect(log[1].after).toMatchObject({ title: 'Second title', publisher: 'Fudan' });

    await db.transaction('carol', (tx) => tx.query(`DELETE FROM sources WHERE id = 'src:t1'`));
    log = await db.query(
      `SELECT actor, action, table_name, record_id, before, after FROM change_log ORDER BY id`,
    );
    expect(log).toHaveLength(3);
    expect(log[2]).toMatchObject({
      actor: 'carol',
      action: 'delete',
      table_name: 'sources',
      record_id: 'src:t1',
      after: null,
    });
    expect(log[2].before).toMatchObject({ id: 'src:t1', title: 'Second title' });
  });

  it('logs a write made outside a transaction as the system, and the gazetteer load as one summary row', async () => {
    t = await freshDatabase(engine);
    const { db } = t;
    await withSmallGazetteer(db);
    const rows = await db.query<{
      actor: string;
      action: string;
      table_name: string;
      after: { origin: string };
    }>(`SELECT actor, action, table_name, after FROM change_log ORDER BY id`);
    expect(rows).toEqual([expect.objectContaining({ actor: 'test', action: 'bulk', table_name: 'places' })]);
    expect(rows[0].after.origin).toBe('test fixture');
    // Loading the same gazetteer again changes and logs nothing.
    await withSmallGazetteer(db);
    expect(await changeLogCount(db)).toBe(1);

    await db.query(`INSERT INTO sources (id, title, kind) VALUES ('src:x', 'x', 'web')`);
    const [last] = await db.query<{ actor: string; action: string }>(
      `SELECT actor, action FROM change_log ORDER BY id DESC LIMIT 1`,
    );
    expect(last).toEqual({ actor: 'system', action: 'insert' });
  });

  it('keeps the change log append-only: updates, deletes and truncation are refused by the database', async () => {
    t = await freshDatabase(engine);
    const { db } = t;
    await db.transaction('tester', (tx) =>
      applyBatch(tx, { sources: [{ id: 'src:t9', title: 'T', kind: 'document' }] }),
    );
    const before = await db.query(`SELECT * FROM change_log ORDER BY id`);
    expect(before.length).toBeGreaterThan(0);
    await expect(db.query(`UPDATE change_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM change_log`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE change_log`)).rejects.toThrow(/append-only/);
    await expect(
      db.transaction('tester', (tx) => tx.query(`DELETE FROM change_log WHERE actor = 'tester'`)),
    ).rejects.toThrow(/append-only/);
    expect(await db.query(`SELECT * FROM change_log ORDER BY id`)).toEqual(before);
  });

  it('names the user and organisation of a signed-in write in the log', async () => {
    t = await freshDatabase(engine);
    const { db } = t;
    await db.transaction({ label: 'wang.li', userId: 'user:1', organisationId: 'org:fao' }, (tx) =>
      applyBatch(tx, { sources: [{ id: 'src:t10', title: 'T', kind: 'document' }] }),
    );
    const [row] = await db.query(
      `SELECT actor, user_id AS "userId", organisation_id AS "organisationId" FROM change_log WHERE record_id = 'src:t10'`,
    );
    expect(row).toEqual({ actor: 'wang.li', userId: 'user:1', organisationId: 'org:fao' });
  });
});
