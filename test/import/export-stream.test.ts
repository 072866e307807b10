/**
 * Exports streamed a page at a time: the same rows as one query gives, in both formats, on each engine;
 * the next page read only when the consumer reads; and an export with formula-like names (escaped in
 * the CSV) re-imports to the same rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { text } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import {
  EXPORT_PAGE_ROWS,
  EXPORT_TABLES,
  exportTableStream,
  importExport,
  type ExportTable,
  type TableFile,
} from '../../src/ingest/export.ts';
import { restoreCsvCell } from '../../src/domain/csv.ts';
import {
  addAlias,
  createObservation,
  createPartnership,
  createPlace,
  createProject,
} from '../../src/store/writes.ts';
import { saveNeedsOffers } from '../../src/store/needs-offers.ts';
import {
  observationInputSchema,
  partnershipInputSchema,
  projectInputSchema,
} from '../../src/domain/registry.ts';
import { searchKeysOf } from '../../src/ingest/bootstrap.ts';
import type { Database } from '../../src/store/database.ts';
import { PRAGUE, SHANGHAI, tableCounts, withRegistry } from '../support/registry-fixtures.ts';

const NAME = '=HYPERLINK("http://x","y")';
const FORMULA_START = /^[=+\-@\t\r]/;

interface JsonExport {
  table: string;
  columns: { name: string; type: string; nullable: boolean }[];
  rows: Record<string, unknown>[];
}

const exported = (db: Database, table: ExportTable, format: 'csv' | 'json', pageRows?: number) =>
  text(exportTableStream(db, table, format, { pageRows }));

describe.each(ENGINES)('streamed export on %s', (engine) => {
  const opened: TestDatabase[] = [];
  const fresh = async () => {
    const t = await freshDatabase(engine);
    opened.push(t);
    return t.db;
  };
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.drop();
  });

  /** More aliases than one page holds, with keys that sort differently by case, accents and symbols. */
  async function manyAliases(db: Database, n: number): Promise<void> {
    await db.query(
      `INSERT INTO place_aliases (alias, place_id)
       SELECT (ARRAY['', '=', 'É', 'e', 'Z', '上海 ', '''-'])[1 + i % 7] || 'alias ' || i, $1
       FROM generate_series(1, $2::int) AS i`,
      [PRAGUE, n],
    );
  }

  it('a table larger than a page gives the rows of one ordered query, in both formats', async () => {
    const db = await fresh();
    await withSmallGazetteer(db);
    await withRegistry(db);
    const n = EXPORT_PAGE_ROWS * 2 + 7;
    await manyAliases(db, n);

    // The rows as one query reads them, the way the export read them before it was paged.
    const [{ count }] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM place_aliases`);
    expect(count).toBeGreaterThan(EXPORT_PAGE_ROWS * 2);
    const json = JSON.parse(await exported(db, 'place_aliases', 'json')) as JsonExport;
    const names = json.columns.map((c) => c.name);
    expect(names).toEqual(['alias', 'place_id', 'source_id']);
    const reference = await db.query<Record<string, unknown>>(
      `SELECT ${names.join(', ')} FROM place_aliases ORDER BY alias, place_id`,
    );
    expect(json.table).toBe('place_aliases');
    expect(json.rows).toHaveLength(count);
    expect(json.rows).toEqual(reference);
    // Byte for byte the text of one JSON.stringify, whatever the page size.
    const whole = JSON.stringify({ table: 'place_aliases', columns: json.columns, rows: reference });
    expect(await exported(db, 'place_aliases', 'json')).toBe(whole);
    expect(await exported(db, 'place_aliases', 'json', 1000)).toBe(whole);

    const csv = await exported(db, 'place_aliases', 'csv');
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(count);
    expect(
      records.map((r) => ({
        alias: restoreCsvCell(r.alias),
        place_id: r.place_id,
        source_id: r.source_id || null,
      })),
    ).toEqual(reference);
    expect(records.some((r) => r.alias.startsWith("'=alias"))).toBe(true);
    expect(await exported(db, 'place_aliases', 'csv', 999)).toBe(csv);

    // Every table, paged in ones and twos, reads as it does in one page.
    for (const table of EXPORT_TABLES)
      for (const format of ['csv', 'json'] as const) {
        const single = await exported(db, table, format, 1_000_000);
        expect(await exported(db, table, format, 1), `${table}.${format}`).toBe(single);
        expect(await exported(db, table, format, 2), `${table}.${format}`).toBe(single);
      }
  });

  it('reads the next page only when the consumer reads, and stops when it goes away', async () => {
    const db = await fresh();
    await withSmallGazetteer(db);
    await manyAliases(db, 10_000);
    let queries = 0;
    const counting: Database = {
      engine: db.engine,
      query: (sql, params) => {
        queries++;
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (actor, fn) => db.transaction(actor, fn),
      close: () => db.close(),
    };
    // Pages of 1,000 aliases, each larger than the stream's 16 KB buffer: 10 of them in all.
    const stream = exportTableStream(counting, 'place_aliases', 'csv', { pageRows: 1000 });
    const chunks = stream[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(String(first.value)).toMatch(/^alias,place_id,source_id\n/);
    await sleep(50);
    // The column query and at most a few pages ahead, not the whole table.
    expect(queries).toBeLessThanOrEqual(4);
    const before = queries;
    await chunks.return?.();
    await sleep(50);
    expect(queries).toBe(before);
    expect(stream.destroyed).toBe(true);
  });

  it('an export with formula-like names re-imports to the same rows', async () => {
    const source = await fresh();
    await withSmallGazetteer(source);
    await withRegistry(source);
    const place = await createPlace(source, 'admin', {
      kind: 'city',
      nameEn: NAME,
      nameZh: '+1',
      aliases: ["''@x"],
      countryCode: 'CZ',
      searchKeys: searchKeysOf({ nameEn: NAME, nameZh: '+1', aliases: ["''@x"] }),
    });
    await addAlias(source, 'admin', place, "'s-Hertogenbosch");
    await addAlias(source, 'admin', place, '\t=1');
    const sources = [{ source: { title: '@SUM(A1)', kind: 'document' }, locator: "'=1" }];
    await createPartnership(
      source,
      'admin',
      partnershipInputSchema.parse({ placeA: SHANGHAI, placeB: place, note: '-2+3', sources }),
    );
    await createProject(
      source,
      'admin',
      projectInputSchema.parse({
        nameEn: '<script>',
        domain: 'trade',
        placeIds: [place],
        participants: [{ name: '-participant', role: '=role' }],
        milestones: [{ description: '@milestone' }],
        outcomes: [{ measure: '+measure', value: -3, unit: '-' }],
        sources,
      }),
    );
    await createObservation(
      source,
      'admin',
      observationInputSchema.parse({
        subjectText: '上海',
        placeId: place,
        measure: '=measure',
        value: -3,
        details: { formula: '=1' },
        sources,
      }),
    );
    await saveNeedsOffers(source, 'admin', place, [{ direction: 'need', field: 'trade', note: '\r=2' }]);

    const files: TableFile[] = [];
    for (const table of EXPORT_TABLES)
      files.push({ table, format: 'csv', text: await exported(source, table, 'csv') });
    for (const file of files)
      for (const field of (parse(file.text) as string[][]).flat())
        if (FORMULA_START.test(field) && !/^-\d+(\.\d+)?$/.test(field))
          expect.fail(`${file.table}.csv: ${JSON.stringify(field)} starts a formula`);
    expect(files.find((f) => f.table === 'places')?.text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);

    const target = await fresh();
    await importExport(target, 'restore', files);
    for (const table of EXPORT_TABLES)
      expect(await exported(target, table, 'json'), table).toBe(await exported(source, table, 'json'));
    const counts = await tableCounts(source);
    const restored = await tableCounts(target);
    for (const table of EXPORT_TABLES) expect(restored[table], table).toBe(counts[table]);
    const [row] = await target.query<{ name_en: string }>(`SELECT name_en FROM places WHERE id = $1`, [
      place,
    ]);
    expect(row.name_en).toBe(NAME);
  });
});
