/**
 * A failed or killed import leaves no dead space behind. Rolled-back rows stay in the table and index
 * files, and PGlite runs no autovacuum to reclaim them: runImport reclaims them after a rollback, and the
 * next start (or import) after a SIGKILL does. Sizes are measured on a PGlite data folder on disk; on
 * PostgreSQL the same path runs a plain VACUUM outside the transaction.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer } from '../support/databases.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { applyBatch, type RecordBatch } from '../../src/store/batch.ts';
import { runImport } from '../../src/ingest/run.ts';
import { reclaimAfterInterruptedImport, reclaimLostWrites } from '../../src/store/maintenance.ts';
import { tableCounts, withRegistry } from '../support/registry-fixtures.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MB = 1024 * 1024;

/** Bytes of the files under `dir` (the relation files when `dir` is the data folder's base/). */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

const sizes = (dir: string) => ({ base: folderBytes(path.join(dir, 'base')), all: folderBytes(dir) });
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** A large batch: new places, each twinned with Shanghai and with the one before it. */
function largeBatch(n: number): RecordBatch {
  const batch: Required<Pick<RecordBatch, 'sources' | 'places' | 'partnerships'>> = {
    sources: [{ id: 'src:bulk', title: 'Synthetic bulk data', kind: 'dataset' }],
    places: [],
    partnerships: [],
  };
  for (let i = 0; i < n; i++) {
    const id = `u:bulk-${String(i).padStart(6, '0')}`;
    batch.places.push({
      id,
      kind: 'city',
      nameEn: `Bulk Town ${i}`,
      countryCode: 'VN',
      searchKeys: [`bulktown${i}`],
    });
    batch.partnerships.push({
      placeA: 'gn:1796236',
      placeB: id,
      sourceId: 'src:bulk',
      locator: `row ${i + 2}`,
    });
    if (i > 0) batch.partnerships.push({ placeA: batch.places[i - 1].id, placeB: id, sourceId: 'src:bulk' });
  }
  return batch;
}

/** The database, except that every transaction is rolled back after its work is done. */
function abortingAfterWork(db: Database): Database {
  return {
    engine: db.engine,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (actor, fn) =>
      db.transaction(actor, async (tx) => {
        await fn(tx);
        throw new Error('aborted after writing');
      }),
  };
}

async function prepare(dir: string): Promise<Record<string, number>> {
  const db = await openDatabase({ dataDir: dir });
  await migrate(db);
  await withSmallGazetteer(db);
  await withRegistry(db);
  const counts = await tableCounts(db);
  await db.close();
  return counts;
}

/** Starts the crash-import child and kills it once the data folder has grown by `growth` bytes. */
function importAndKillAfterGrowth(dir: string, growth: number): Promise<void> {
  const start = folderBytes(path.join(dir, 'base'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/support/crash-import.ts'), dir, '20000'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => {
      if (!output.includes('WROTE') || killed) return;
      if (folderBytes(path.join(dir, 'base')) - start >= growth) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      if (killed) resolve();
      else reject(new Error(`the import ended before it was killed:\n${output}`));
    });
  });
}

describe('dead space of lost imports on a PGlite data folder', () => {
  it('runImport reclaims what a rolled-back import wrote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amity-space-'));
    try {
      const counts = await prepare(dir);
      const before = sizes(dir);

      // Without the reclaim, the same rolled-back batch leaves this much in the folder.
      let db = await openDatabase({ dataDir: dir });
      await db
        .transaction('bulk', async (tx) => {
          await applyBatch(tx, largeBatch(10_000));
          throw new Error('aborted after writing');
        })
        .catch(() => undefined);
      await db.close();
      const failed = sizes(dir);

      db = await openDatabase({ dataDir: dir });
      const reclaimed = await reclaimAfterInterruptedImport(db);
      await db.close();
      const afterReclaim = sizes(dir);

      // And runImport does it by itself after a rollback.
      db = await openDatabase({ dataDir: dir });
      const error = await runImport(abortingAfterWork(db), {
        kind: 'bulk',
        fileName: 'bulk.csv',
        content: 'bulk 10000',
        actor: 'bulk',
        build: () => largeBatch(10_000),
      }).catch((e: unknown) => e);
      expect((error as Error).message).toBe('aborted after writing');
      expect(await tableCounts(db)).toEqual({ ...counts, meta: counts.meta + 1 });
      await db.close();
      const afterRunImport = sizes(dir);

      console.log(
        `PGlite relation files (base/): ${mb(before.base)} before, ${mb(failed.base)} after a rolled-back import of 10,000 places and 20,000 ties, ${mb(afterReclaim.base)} after the reclaim (${reclaimed?.ms} ms), ${mb(afterRunImport.base)} after a failed runImport; whole folder ${mb(before.all)} → ${mb(failed.all)} → ${mb(afterReclaim.all)} → ${mb(afterRunImport.all)}`,
      );
      expect(failed.base - before.base).toBeGreaterThan(50 * MB);
      expect(reclaimed).toMatchObject({ full: true });
      expect(reclaimed!.lostRows).toBeGreaterThan(30_000);
      expect(afterReclaim.base).toBeLessThan(before.base + 2 * MB);
      expect(afterRunImport.base).toBeLessThan(before.base + 2 * MB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the next start reclaims what an import killed by SIGKILL left, once, and cheaply otherwise', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amity-space-'));
    try {
      const counts = await prepare(dir);
      const before = sizes(dir);
      await importAndKillAfterGrowth(dir, 20 * MB);
      const killed = sizes(dir);

      const db = await openDatabase({ dataDir: dir });
      let reclaimed, checkMs;
      try {
        expect(await tableCounts(db)).toEqual(counts);
        reclaimed = await reclaimAfterInterruptedImport(db);
        expect(reclaimed).toMatchObject({ full: true });
        // Nothing left to do at the next start: one query.
        const started = Date.now();
        expect(await reclaimAfterInterruptedImport(db)).toBeNull();
        checkMs = Date.now() - started;
      } finally {
        await db.close();
      }
      const after = sizes(dir);
      console.log(
        `PGlite relation files (base/): ${mb(before.base)} before, ${mb(killed.base)} after SIGKILL, ${mb(after.base)} after the reclaim at the next start (${reclaimed!.ms} ms; ${reclaimed!.lostRows} lost change-log rows; the check alone ${checkMs} ms); whole folder ${mb(before.all)} → ${mb(killed.all)} → ${mb(after.all)}`,
      );
      expect(killed.base - before.base).toBeGreaterThan(10 * MB);
      expect(after.base).toBeLessThan(before.base + 2 * MB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)('reclaiming after a rollback on %s', (engine) => {
  it('runs VACUUM outside the transaction and remembers what it reclaimed', async () => {
    const t = await freshDatabase(engine);
    try {
      await withSmallGazetteer(t.db);
      const before = await tableCounts(t.db);
      const error = await runImport(abortingAfterWork(t.db), {
        kind: 'bulk',
        fileName: 'bulk.csv',
        content: 'bulk 1000',
        actor: 'bulk',
        build: () => largeBatch(1000),
      }).catch((e: unknown) => e);
      expect((error as Error).message).toBe('aborted after writing');
      const [marker] = await t.db.query<{ value: { tables: string[] } }>(
        `SELECT value FROM meta WHERE key = 'reclaimed'`,
      );
      expect(marker.value.tables).toEqual(
        expect.arrayContaining(['places', 'partnerships', 'record_sources']),
      );
      expect(await tableCounts(t.db)).toEqual({ ...before, meta: before.meta + 1 });
      // The rows are accounted for: nothing more to reclaim, here or at the next start.
      expect(await reclaimLostWrites(t.db)).toBeNull();
      expect(await reclaimAfterInterruptedImport(t.db)).toBeNull();
    } finally {
      await t.drop();
    }
  });
});
