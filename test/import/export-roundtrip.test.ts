/** Bulk export of every table to CSV and JSON, and the import that restores the same state. */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { csvLine } from '../../src/domain/csv.ts';
import { EXPORT_TABLES, exportTableStream, importExport, type TableFile } from '../../src/ingest/export.ts';
import { createPartnership, setCoastal } from '../../src/store/writes.ts';
import { saveNeedsOffers } from '../../src/store/needs-offers.ts';
import { saveIndexDefinition, saveIndexResults } from '../../src/store/indices.ts';
import { partnershipInputSchema } from '../../src/domain/registry.ts';
import type { Database } from '../../src/store/database.ts';
import { recordSuccession } from '../../src/services/successions.ts';
import { successionInputSchema } from '../../src/domain/successions.ts';
import {
  BEIJING,
  JINGAN,
  PRAGUE,
  ZHABEI,
  changeLogCount,
  tableCounts,
  withRegistry,
  withZhabeiAndJingan,
} from '../support/registry-fixtures.ts';

async function exportAll(db: Database, format: 'csv' | 'json'): Promise<TableFile[]> {
  const files: TableFile[] = [];
  for (const table of EXPORT_TABLES)
    files.push({ table, format, text: await text(exportTableStream(db, table, format)) });
  return files;
}

describe.each(ENGINES)('export round trip on %s', (engine) => {
  const opened: TestDatabase[] = [];
  const fresh = async () => {
    const t = await freshDatabase(engine);
    opened.push(t);
    return t.db;
  };
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.drop();
  });

  async function populated(): Promise<Database> {
    const db = await fresh();
    await withSmallGazetteer(db);
    await withRegistry(db);
    // A record entered through the API path: its source link has no locator.
    await createPartnership(
      db,
      'admin',
      partnershipInputSchema.parse({
        placeA: BEIJING,
        placeB: PRAGUE,
        type: 'sister_city',
        signed: '2016-03-29',
        sources: [{ source: { title: 'Prague city council resolution', kind: 'document' } }],
      }),
    );
    // The tables of coastal overrides, needs and offers, and indices, each with a row.
    await setCoastal(db, 'admin', PRAGUE, false, { sourceId: 'src:doc-001', locator: 'p. 2' });
    await saveNeedsOffers(db, 'admin', BEIJING, [
      { direction: 'offer', field: 'education', note: 'scholarships' },
    ]);
    await saveIndexDefinition(db, 'admin', {
      id: 'tiny',
      nameEn: 'Tiny index',
      framework: { nodes: [{ code: 'x', level: 1, parent: 'idx' }] },
      steps: [],
      data: [{ uCode: 'A', x: 1 }],
    });
    await saveIndexResults(db, 'admin', 'tiny', [
      { unit: 'A', unitName: 'A', code: 'idx', level: 2, score: 50.5, rank: 1 },
    ]);
    // An administrative change, with the decision that made it as its source.
    await withZhabeiAndJingan(db);
    await recordSuccession(
      db,
      'admin',
      ZHABEI,
      successionInputSchema.parse({
        successorId: JINGAN,
        kind: 'merged',
        on: '2015-11-04',
        source: { source: { title: '国务院关于同意上海市调整静安区闸北区行政区划的批复', kind: 'document' } },
      }),
    );
    return db;
  }

  it.each(['csv', 'json'] as const)(
    'every table exported as %s imports into a fresh database identically, twice without change',
    async (format) => {
      const source = await populated();
      const exported = await exportAll(source, format);
      const counts = await tableCounts(source);
      for (const table of [
        'coastal_overrides',
        'place_needs_offers',
        'index_definitions',
        'index_results',
        'sources',
        'countries',
        'places',
        'partnerships',
        'claims',
        'record_sources',
        'project_outcomes',
        'place_successions',
      ])
        expect(counts[table], table).toBeGreaterThan(0);

      const target = await fresh();
      const written = await importExport(target, 'restore', exported);
      expect(written.partnerships).toBe(counts.partnerships);
      expect(written.places).toBe(counts.places);
      const restored = await exportAll(target, format);
      for (let i = 0; i < exported.length; i++)
        expect(restored[i].text, exported[i].table).toBe(exported[i].text);
      const targetCounts = await tableCounts(target);
      for (const table of EXPORT_TABLES) expect(targetCounts[table], table).toBe(counts[table]);
      // Administrative changes travel too: a tie of a place merged away still finds its heir.
      expect(targetCounts.place_successions).toBe(1);
      // The search index of places is rebuilt from the imported keys.
      expect(targetCounts.place_keys).toBe(counts.place_keys);

      const logged = await changeLogCount(target);
      const again = await importExport(target, 'restore', exported);
      expect(Object.values(again).every((n) => n === 0)).toBe(true);
      expect(await changeLogCount(target)).toBe(logged);
      expect(await tableCounts(target)).toEqual(targetCounts);
    },
  );

  it('refuses an export file with an unknown column and writes nothing', async () => {
    const target = await fresh();
    const before = await tableCounts(target);
    const files: TableFile[] = [
      { table: 'sources', format: 'csv', text: 'id,title,kind,colour\nsrc:a,A,web,red\n' },
    ];
    await expect(importExport(target, 'restore', files)).rejects.toThrow(/unknown column colour/);
    expect(await tableCounts(target)).toEqual(before);
  });

  it('keeps internal ties out of an open export, in a full backup, and restores older exports as public', async () => {
    const source = await fresh();
    await withSmallGazetteer(source);
    await withRegistry(source);
    const [{ id }] = await source.query<{ id: string }>(`SELECT id FROM partnerships ORDER BY id LIMIT 1`);
    await source.query(`UPDATE partnerships SET visibility = 'jurisdiction' WHERE id = $1`, [id]);
    const open = await text(exportTableStream(source, 'partnerships', 'csv'));
    const claims = await text(exportTableStream(source, 'claims', 'csv'));
    expect(open).not.toContain(id);
    expect(claims).not.toContain(id);
    const backup = await text(exportTableStream(source, 'partnerships', 'csv', { internal: true }));
    expect(backup).toContain(id);
    expect(backup.split('\n')[0]).toContain('visibility');

    // An export made before visibility existed has no such column: its ties are public, as all were then.
    const target = await fresh();
    await withSmallGazetteer(target);
    const [header, ...rows] = parse(backup) as string[][];
    const at = header.indexOf('visibility');
    const older = [header, ...rows].map((r) => csvLine(r.filter((_, i) => i !== at))).join('');
    const sources = await text(exportTableStream(source, 'sources', 'csv', { internal: true }));
    await importExport(target, 'restore', [
      { table: 'sources', format: 'csv', text: sources },
      { table: 'partnerships', format: 'csv', text: older },
    ]);
    const restored = await target.query<{ visibility: string }>(
      `SELECT DISTINCT visibility FROM partnerships`,
    );
    expect(restored).toEqual([{ visibility: 'public' }]);
  });
});
