/**
 * The one writer of the registry. Importers and API writes build a `RecordBatch` and apply it inside a
 * transaction; every upsert compares before it writes, so applying the same batch twice changes nothing
 * (and logs nothing). Each entity's part is written by its module in batch/, in the entities' order.
 */
import type { Queryable } from './database.ts';
import { ENTITIES, type EntityDescriptor } from '../domain/entities/index.ts';
import { CLAIMS } from '../domain/entities/claims.ts';
import { RECORD_SOURCES } from '../domain/entities/record-sources.ts';
import type { BatchResult, RecordBatch } from './batch/rows.ts';
import type { BatchWriter } from './batch/writer.ts';
import { sourcesWriter } from './batch/sources.ts';
import { placesWriter } from './batch/places.ts';
import { aliasesWriter } from './batch/place-aliases.ts';
import { corridorsWriter } from './batch/corridors.ts';
import { partnershipsWriter } from './batch/partnerships.ts';
import { organisationsWriter } from './batch/organisations.ts';
import { membershipsWriter } from './batch/memberships.ts';
import { eventsWriter } from './batch/events.ts';
import { projectsWriter } from './batch/projects.ts';
import { observationsWriter } from './batch/observations.ts';

export type * from './batch/rows.ts';
export { upsertById } from './batch/sql.ts';
export { recomputePartnerships } from './batch/partnerships.ts';

type BatchKey = keyof RecordBatch;
type RowOf<K extends BatchKey> = NonNullable<RecordBatch[K]>[number];

const WRITERS: { [K in BatchKey]: BatchWriter<RowOf<K>> } = {
  sources: sourcesWriter,
  places: placesWriter,
  aliases: aliasesWriter,
  corridors: corridorsWriter,
  partnerships: partnershipsWriter,
  organisations: organisationsWriter,
  memberships: membershipsWriter,
  events: eventsWriter,
  projects: projectsWriter,
  observations: observationsWriter,
};

const entityOrder = (e: EntityDescriptor) => ENTITIES.findIndex((x) => x.name === e.name);

/** The batch's lists in the order their entities refer to one another. */
const ORDER = (Object.keys(WRITERS) as BatchKey[]).sort(
  (a, b) => entityOrder(WRITERS[a].entity) - entityOrder(WRITERS[b].entity),
);

const writtenEntities = Object.values(WRITERS).map((w) => w.entity);

/**
 * Every table `applyBatch` may write, through triggers too (place_keys follows places, the change log
 * every write): where the rows of a lost batch are looked for when reclaiming their space.
 */
export const BATCH_TABLES: string[] = [
  ...ENTITIES.filter(
    (e) =>
      writtenEntities.includes(e) ||
      (e === RECORD_SOURCES && writtenEntities.some((w) => w.sourced)) ||
      (e === CLAIMS && writtenEntities.some((w) => w.claimed)),
  ).flatMap((e) => [...e.tables.map((t) => t.name), ...e.maintained]),
  'change_log',
];

async function writeList<K extends BatchKey>(
  tx: Queryable,
  batch: RecordBatch,
  key: K,
  result: BatchResult,
): Promise<void> {
  const rows: RowOf<K>[] | undefined = batch[key];
  const writer: BatchWriter<RowOf<K>> = WRITERS[key];
  if (rows?.length) result[key] = await writer.write(tx, rows, result);
}

export async function applyBatch(tx: Queryable, batch: RecordBatch): Promise<BatchResult> {
  const result: BatchResult = { partnershipIds: [] };
  for (const key of ORDER) await writeList(tx, batch, key, result);
  return result;
}
