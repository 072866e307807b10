/**
 * A batch writer is one entity's part of `applyBatch`. Most entities are written the same way, which
 * `recordWriter` builds from the descriptor: upsert the main rows, replace each record's parts, link the
 * sources it cites.
 */
import type { Queryable } from '../database.ts';
import type { EntityDescriptor } from '../../domain/entities/index.ts';
import type { PartialDate } from '../../domain/registry.ts';
import type { BatchResult, SourceLink, WriteCounts } from './rows.ts';
import { linkSources, replaceParts, upsertRows } from './sql.ts';

export interface BatchWriter<Row> {
  readonly entity: EntityDescriptor;
  write(tx: Queryable, rows: Row[], result: BatchResult): Promise<WriteCounts>;
}

type SqlRow = Record<string, unknown>;
type PartTable<E extends EntityDescriptor> = Exclude<E['tables'][number]['name'], E['name']>;

export const dateOf = (d: PartialDate | null | undefined) => d?.date ?? null;
export const precisionOf = (d: PartialDate | null | undefined) => d?.precision ?? null;

/**
 * A writer for an entity whose records have ids, parts and cited sources: `row` gives a record's row of
 * the main table, `parts` the rows of each table of its parts.
 */
export function recordWriter<E extends EntityDescriptor, Row extends { id: string; sources?: SourceLink[] }>(
  entity: E,
  row: (record: Row) => SqlRow,
  // the index signature types each function by the record; the second half requires every table of parts
  parts?: Record<string, (record: Row) => SqlRow[]> & Record<PartTable<E>, unknown>,
): BatchWriter<Row> {
  const [main, ...partTables] = entity.tables;
  const partWriters = partTables.map((t) => {
    const rowsOf = parts?.[t.name];
    if (!rowsOf) throw new Error(`${entity.name}: no rows given for its parts in ${t.name}`);
    return { table: t, rowsOf };
  });
  const unknown = Object.keys(parts ?? {}).filter((name) => !partTables.some((t) => t.name === name));
  if (unknown.length) throw new Error(`${entity.name} has no table of parts ${unknown.join(', ')}`);
  if (entity.sourced && !entity.recordType)
    throw new Error(`${entity.name} cites sources without a record type`);
  return {
    entity,
    async write(tx, records) {
      const counts = await upsertRows(tx, main, records.map(row));
      const ids = records.map((r) => r.id);
      for (const { table, rowsOf } of partWriters)
        await replaceParts(tx, table, ids, records.flatMap(rowsOf));
      if (entity.sourced)
        await linkSources(
          tx,
          entity.recordType!,
          records.flatMap((r) => (r.sources ?? []).map((link) => ({ recordId: r.id, link }))),
        );
      return counts;
    },
  };
}
