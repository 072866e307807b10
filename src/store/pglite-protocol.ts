/** The messages between the server and the embedded database's thread (`pglite-thread.ts`). */

export type ThreadRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

/** An answer: rows (the last or only message), a part of them (more follow), or an error. */
export type ThreadReply =
  { id: number; rows: unknown[] } | { id: number; part: unknown[] } | { id: number; error: SerialisedError };

/**
 * Rows per message. A message is taken in one turn of the server's event loop; a few thousand rows
 * cost it a few milliseconds, so other requests are answered between the parts of a large read.
 */
export const ROWS_PER_MESSAGE = 2000;

/** What callers read of a database error: PostgreSQL's fields (`code` 23505, `constraint`, …). */
export type SerialisedError = { message: string } & Record<string, string | number | undefined>;

const FIELDS = [
  'code',
  'severity',
  'detail',
  'hint',
  'position',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'where',
] as const;

export function serialiseError(error: unknown): SerialisedError {
  const source = (error ?? {}) as Record<string, unknown>;
  const out: SerialisedError = {
    message: error instanceof Error ? error.message : String(error),
  };
  for (const field of FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') out[field] = value;
  }
  return out;
}

export function deserialiseError(error: SerialisedError): Error {
  return Object.assign(new Error(error.message), error);
}
