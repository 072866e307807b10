/**
 * Killing the process in the middle of an import leaves the database as it was: a real child process
 * runs a large import and receives SIGKILL once its transaction has begun writing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ENGINES, SERVER_URL, withSmallGazetteer } from '../support/databases.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { applyBatch } from '../../src/store/batch.ts';
import { tableCounts, withRegistry } from '../support/registry-fixtures.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'test/support/crash-import.ts');

/** Runs the import in a child and kills it after it has begun writing; returns what it printed. */
function importAndKill(target: string, places: number): Promise<{ output: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, target, String(places)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!killing && output.includes('WROTE')) {
        killing = true;
        // A short delay so several statements of the transaction have run.
        setTimeout(() => child.kill('SIGKILL'), 250);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (!killing) reject(new Error(`the import ended before it began writing:\n${output}\n${errors}`));
      else resolve({ output, signal });
    });
  });
}

async function prepare(db: Database): Promise<Record<string, number>> {
  await migrate(db);
  await withSmallGazetteer(db);
  await withRegistry(db);
  return tableCounts(db);
}

async function expectUsable(db: Database, before: Record<string, number>): Promise<void> {
  expect(await tableCounts(db)).toEqual(before);
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM places WHERE id LIKE 'u:crash-%'`,
  );
  expect(n).toBe(0);
  const result = await db.transaction('after-crash', (tx) =>
    applyBatch(tx, { sources: [{ id: 'src:after', title: 'Written after the crash', kind: 'web' }] }),
  );
  expect(result.sources?.added).toBe(1);
}

describe.each(ENGINES)('crash safety on %s', (engine) => {
  it('SIGKILL during an import leaves the tables as they were', async () => {
    if (engine === 'pglite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'amity-crash-'));
      try {
        const db = await openDatabase({ dataDir: dir });
        const before = await prepare(db);
        await db.close();

        const { output, signal } = await importAndKill(dir, 20_000);
        expect(signal).toBe('SIGKILL');
        expect(output).toContain('BEGIN');
        expect(output).not.toContain('DONE');

        const reopened = await openDatabase({ dataDir: dir });
        try {
          await expectUsable(reopened, before);
        } finally {
          await reopened.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const name = `amity_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: SERVER_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(SERVER_URL!);
      url.pathname = `/${name}`;
      try {
        const db = await openDatabase({ url: url.toString() });
        const before = await prepare(db);
        await db.close();

        const { output, signal } = await importAndKill(url.toString(), 20_000);
        expect(signal).toBe('SIGKILL');
        expect(output).not.toContain('DONE');

        const reopened = await openDatabase({ url: url.toString() });
        try {
          await expectUsable(reopened, before);
        } finally {
          await reopened.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  });
});
