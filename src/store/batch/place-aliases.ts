/** Names taught to the resolver: added once, never changed by a batch. */
import { PLACE_ALIASES } from '../../domain/entities/place-aliases.ts';
import type { AliasRow } from './rows.ts';
import { insertNew } from './sql.ts';
import type { BatchWriter } from './writer.ts';

export const aliasesWriter: BatchWriter<AliasRow> = {
  entity: PLACE_ALIASES,
  write: (tx, aliases) =>
    insertNew(
      tx,
      PLACE_ALIASES.tables[0],
      aliases.map((a) => ({ alias: a.alias, place_id: a.placeId, source_id: a.sourceId ?? null })),
    ),
};
