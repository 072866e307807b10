/** Sources: described ones are upserted; one an importer names after its file is only added when new. */
import { SOURCES } from '../../domain/entities/sources.ts';
import type { SourceRow } from './rows.ts';
import { insertNew, upsertRows } from './sql.ts';
import type { BatchWriter } from './writer.ts';

const [table] = SOURCES.tables;

const toRow = (s: SourceRow) => ({
  id: s.id,
  title: s.title,
  title_zh: s.titleZh ?? null,
  kind: s.kind,
  publisher: s.publisher ?? null,
  url: s.url ?? null,
  licence: s.licence ?? null,
  retrieved: s.retrieved ?? null,
  note: s.note ?? null,
});

export const sourcesWriter: BatchWriter<SourceRow> = {
  entity: SOURCES,
  async write(tx, sources) {
    const counts = await upsertRows(tx, table, sources.filter((s) => !s.keepExisting).map(toRow));
    const placeholders = sources.filter((s) => s.keepExisting);
    if (placeholders.length) {
      const added = await insertNew(tx, table, placeholders.map(toRow));
      counts.added += added.added;
      counts.unchanged += added.unchanged;
    }
    return counts;
  },
};
