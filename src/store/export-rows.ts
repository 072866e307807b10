/**
 * The reads and writes of bulk exports: a table's rows in key order, a page at a time, and the restore of
 * exported rows by key. Tables, columns and keys come from the entity descriptors.
 */
import { setImmediate } from 'node:timers/promises';
import type { Queryable } from './database.ts';
import { exportedColumns, type TableDescriptor } from '../domain/entities/index.ts';
import { publicRows } from './visibility.ts';

type Row = Record<string, unknown>;

/**
 * The table's exported columns in key order, a page at a time, by keyset pagination (rows after the last
 * key seen): each page costs the same however deep into the table, and the SQL is the same on both
 * engines. Pages are separate reads, not one snapshot: holding a transaction open while a slow client
 * downloads would stall every other query on PGlite's single connection.
 */
export async function* tablePages(
  db: Queryable,
  table: TableDescriptor,
  pageRows: number,
  options: { internal?: boolean } = {},
): AsyncGenerator<Row[]> {
  const columns = exportedColumns(table);
  const keys = table.key;
  const keyTypes = keys.map((k) => {
    const column = columns.find((c) => c.name === k);
    if (!column) throw new Error(`${table.name}: key column ${k} is not exported`);
    return column.type;
  });
  // Records not public (and what belongs to them) stay out of an export unless it is a full backup.
  const visible = options.internal ? null : publicRows(table, table.name);
  const select = `SELECT ${columns.map((c) => c.name).join(', ')} FROM ${table.name}${visible ? ` WHERE ${visible}` : ''}`;
  const order = `ORDER BY ${keys.join(', ')} LIMIT ${pageRows}`;
  const after = `${visible ? 'AND' : 'WHERE'} (${keys.join(', ')}) > (${keyTypes.map((t, i) => `$${i + 1}::${t}`).join(', ')})`;
  let last: Row | undefined;
  for (;;) {
    const from = last;
    const rows = from
      ? await db.query<Row>(
          `${select} ${after} ${order}`,
          keys.map((k) => from[k]),
        )
      : await db.query<Row>(`${select} ${order}`);
    if (rows.length) yield rows;
    if (rows.length < pageRows) return;
    last = rows[rows.length - 1];
    // A turn for the requests waiting behind a long export, however fast the consumer reads.
    await setImmediate();
  }
}

/**
 * Writes exported rows (keyed by exported column) by the table's key: new rows are inserted, rows that
 * differ are updated, the same rows left alone. Returns how many rows were written.
 */
export async function restoreRows(tx: Queryable, table: TableDescriptor, unordered: Row[]): Promise<number> {
  const columns = exportedColumns(table);
  const rows = parentsFirst(table, unordered);
  const others = columns.filter((c) => !table.key.includes(c.name));
  const def = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const names = columns.map((c) => c.name).join(', ');
  const values = columns
    .map((c) => (c.restoreDefault ? `coalesce(${c.name}, ${c.restoreDefault})` : c.name))
    .join(', ');
  const update = others.length
    ? `DO UPDATE SET ${others.map((c) => `${c.name} = EXCLUDED.${c.name}`).join(', ')}
       WHERE (${others.map((c) => `t.${c.name}`).join(', ')}) IS DISTINCT FROM (${others.map((c) => `EXCLUDED.${c.name}`).join(', ')})`
    : 'DO NOTHING';
  let count = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const slice = rows.slice(i, i + 5000);
    const result = await tx.query(
      `INSERT INTO ${table.name} AS t (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r (${def})
       ON CONFLICT (${table.key.join(', ')}) ${update} RETURNING 1`,
      [JSON.stringify(slice)],
    );
    count += result.length;
  }
  return count;
}

/** Rows of a table that refers to itself (places to their parents), parents first, so every slice holds. */
function parentsFirst(table: TableDescriptor, rows: Row[]): Row[] {
  const parent = table.columns.find((c) => c.references === table.name)?.name;
  const [key] = table.key;
  if (!parent) return rows;
  const byId = new Map(rows.map((r) => [r[key] as string, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: Row): number => {
    const id = r[key] as string;
    const known = depth.get(id);
    if (known !== undefined) return known;
    depth.set(id, 0); // guards against a cycle in bad data; the foreign key will then report it
    const above = r[parent] ? byId.get(r[parent] as string) : undefined;
    const d = above ? depthOf(above) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return [...rows].sort((a, b) => depthOf(a) - depthOf(b));
}
