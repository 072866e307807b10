/**
 * A renamed copy of the twin-city file imports to the same state: rows are cited by the data set's own
 * name, so a slice of the real file read again under another name, or with its columns in another order,
 * adds no link and no change-log row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from '../support/databases.ts';
import { BUNDLED_DATA, searchKeysOf } from '../../src/ingest/bootstrap.ts';
import { gazetteer, loadResolver } from '../../src/ingest/resolver-loader.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { twinCitiesBatch } from '../../src/ingest/twin-cities.ts';
import { twinCitiesCoordinates } from '../../src/ingest/bundled-sources.ts';
import { runImport } from '../../src/ingest/run.ts';
import { emptyReport, type ImportReport } from '../../src/ingest/report.ts';
import { saveGazetteer } from '../../src/store/gazetteer.ts';
import type { Database } from '../../src/store/database.ts';
import type { Place } from '../../src/domain/geo.ts';
import { changeLogCount, tableCounts } from '../support/registry-fixtures.ts';

const RAW = readFileSync(path.join(BUNDLED_DATA, 'twin-cities/twin_cities_raw.csv'), 'utf8');
const GEOCODED = twinCitiesCoordinates()!;
/** The header and the first 400 rows: Albanian to Argentinian lists, with places the gazetteer lacks. */
const SLICE = RAW.split('\n').slice(0, 401).join('\n') + '\n';

/** Only the gazetteer places the slice resolves to (and their parents), so no whole gazetteer is loaded. */
async function withSliceGazetteer(db: Database): Promise<void> {
  const g = gazetteer();
  const batch = twinCitiesBatch(
    SLICE,
    GEOCODED,
    new Resolver(g.countries, g.places),
    emptyReport('', '', ''),
  );
  const byId = new Map(g.places.map((p) => [p.id, p]));
  const needed = new Map<string, Place>();
  const add = (id: string | null | undefined) => {
    const p = id ? byId.get(id) : undefined;
    if (!p || needed.has(p.id)) return;
    needed.set(p.id, p);
    add(p.parentId);
  };
  for (const c of batch.partnerships ?? []) for (const id of [c.placeA, c.placeB]) add(id);
  for (const p of batch.places ?? []) add(p.parentId);
  await saveGazetteer(
    db,
    {
      countries: g.countries,
      places: [...needed.values()].map((p) => ({ ...p, searchKeys: searchKeysOf(p) })),
      beltAndRoad: new Set(),
      origin: 'twin-city slice',
    },
    'test',
  );
}

async function importTwinCities(db: Database, content: string, fileName: string): Promise<ImportReport> {
  const resolver = await loadResolver(db);
  return runImport(db, {
    kind: 'twin-cities',
    fileName,
    content,
    actor: 'tester',
    build: (report) => twinCitiesBatch(content, GEOCODED, resolver, report),
  });
}

describe.each(ENGINES)('twin-city re-import on %s', (engine) => {
  let t: TestDatabase;
  let first: { counts: Record<string, number>; changeLog: number };

  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSliceGazetteer(t.db);
    const report = await importTwinCities(t.db, SLICE, 'twin_cities_raw.csv');
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(400);
    expect(report.written.partnerships?.added).toBeGreaterThan(300);
    first = { counts: await tableCounts(t.db), changeLog: await changeLogCount(t.db) };
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('links the rows and the places the lists establish, by the data set’s own row numbers', async () => {
    const links = await t.db.query<{ record_type: string; n: number; other: number }>(
      `SELECT record_type, count(*)::int AS n,
              count(*) FILTER (WHERE locator NOT LIKE 'twin_cities_raw.csv row %')::int AS other
       FROM record_sources GROUP BY record_type ORDER BY record_type`,
    );
    expect(links.map((l) => l.record_type)).toEqual(['partnership', 'place']);
    for (const l of links) expect(l.other).toBe(0);
  });

  it('writes nothing for a renamed copy of the same bytes, and says it was imported before', async () => {
    const report = await importTwinCities(t.db, SLICE, 'twins (copy).csv');
    expect(report.unchanged).toBe(true);
    expect(report.previous).toMatchObject({ file: 'twin_cities_raw.csv' });
    expect(report.written.partnerships).toMatchObject({ added: 0, updated: 0 });
    expect({ counts: await tableCounts(t.db), changeLog: await changeLogCount(t.db) }).toEqual(first);
  });

  it('writes nothing for the same rows with the columns in another order under another name', async () => {
    const rows = parse(SLICE, { columns: true, bom: true }) as Record<string, string>[];
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const order = ['country2', 'city2', 'country1', 'city1'];
    const reordered =
      [order.join(','), ...rows.map((r) => order.map((c) => quote(r[c])).join(','))].join('\r\n') + '\r\n';
    const report = await importTwinCities(t.db, reordered, 'lists-reordered.csv');
    expect(report.unchanged).toBe(true);
    expect(report.written.partnerships).toMatchObject({ added: 0, updated: 0 });
    expect(report.written.places).toMatchObject({ added: 0, updated: 0 });
    const counts = await tableCounts(t.db);
    expect(await changeLogCount(t.db)).toBe(first.changeLog);
    // Only the run itself is recorded.
    expect(counts).toEqual({ ...first.counts, imports: first.counts.imports + 1 });
  });
});
