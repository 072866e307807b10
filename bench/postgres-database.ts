/** A database of its own on a PostgreSQL server for one benchmark run: created, handed over, dropped. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/store/database.ts';

export async function withNewPostgresDatabase(
  serverUrl: string,
  fn: (db: Database) => Promise<void>,
): Promise<void> {
  const name = `amity_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  try {
    await fn(db);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
