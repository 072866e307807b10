/** The `meta` table: one JSON value per key, for what the database knows about its own contents. */
import type { Queryable } from './database.ts';

export async function readMeta<T>(tx: Queryable, key: string): Promise<T | null> {
  const [row] = await tx.query<{ value: T }>(`SELECT value FROM meta WHERE key = $1`, [key]);
  return row?.value ?? null;
}

export async function writeMeta(tx: Queryable, key: string, value: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [key, JSON.stringify(value)],
  );
}
