/**
 * End to end on the real bundled data: bootstrap a fresh database (gazetteer, twin-city lists, seed facts
 * from the source documents), then check resolution, reporting, merging, dates and idempotence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from '../support/databases.ts';
import { BUNDLED_DATA, bootstrap } from '../../src/ingest/bootstrap.ts';
import type { ImportReport } from '../../src/ingest/report.ts';
import { heldBackRows } from '../../src/store/stewardship.ts';
import { runImport } from '../../src/ingest/run.ts';
import { twinCitiesBatch } from '../../src/ingest/twin-cities.ts';
import { loadResolver } from '../../src/ingest/resolver-loader.ts';
import { getPartnership, listObservations, listPartnerships } from '../../src/store/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { loadDataset } from '../../src/store/analysis-dataset.ts';
import { statedCoverage } from '../../src/analysis/layout/index.ts';
import { HCMC, SHANGHAI, changeLogCount, tableCounts } from '../support/registry-fixtures.ts';

const BOOTSTRAP_TIMEOUT = 900_000;

describe.each(ENGINES)('bundled data on %s', (engine) => {
  let t: TestDatabase;
  let imports: ImportReport[];
  beforeAll(async () => {
    t = await freshDatabase(engine, { migrate: false });
    const result = await bootstrap(t.db);
    expect(result.gazetteerLoaded).toBe(true);
    imports = result.imports;
  }, BOOTSTRAP_TIMEOUT);
  afterAll(async () => {
    await t?.drop();
  });

  const twin = () => imports.find((r) => r.kind === 'twin-cities')!;

  it('imports the bundled sets without errors', () => {
    expect(imports.map((r) => r.kind)).toEqual([
      'twin-cities',
      'seed-facts',
      'aiddata-diplomacy',
      'aiddata-finance',
    ]);
    for (const r of imports) expect(r.errors, r.kind).toEqual([]);
    expect(twin().rows).toBeGreaterThan(26_000);
  });

  it('resolves at least 95% of the twin-city rows', () => {
    const r = twin();
    const resolved = r.rows - r.skipped.length;
    expect(resolved / r.rows).toBeGreaterThanOrEqual(0.95);
  });

  it('accounts for every row: written as a claim or skipped with a reason, every unresolved name reported', async () => {
    const r = twin();
    const [{ n: claims }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM record_sources
       WHERE record_type = 'partnership' AND source_id LIKE 'src:wikipedia-twins-%' AND locator LIKE 'twin_cities_raw.csv row %'`,
    );
    expect(claims + r.skipped.length).toBe(r.rows);
    for (const s of r.skipped) expect(s.reason.length, `row ${s.row}`).toBeGreaterThan(0);

    const raw = parse(readFileSync(path.join(BUNDLED_DATA, 'twin-cities/twin_cities_raw.csv'), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
    }) as Record<string, string>[];
    const reported = new Set(r.unresolved.map((u) => `${u.name}|${u.country}`));
    const missing: string[] = [];
    for (const s of r.skipped.filter((x) => x.reason === 'name not resolved to a place')) {
      const row = raw[s.row - 2];
      const side = s.field === 'city1' ? '1' : '2';
      const key = `${row[`city${side}`].trim()}|${row[`country${side}`].trim()}`;
      if (!reported.has(key)) missing.push(`row ${s.row}: ${key}`);
    }
    expect(missing).toEqual([]);
    // The stored report keeps the counts of what it lists.
    const [stored] = await t.db.query<{
      report: { rows: number; skippedCount: number; unresolvedCount: number };
    }>(`SELECT report FROM imports WHERE kind = 'twin-cities'`);
    expect(stored.report).toMatchObject({
      rows: r.rows,
      skippedCount: r.skipped.length,
      unresolvedCount: r.unresolved.length,
    });
  });

  it('keeps each row with one side placed as a question for that side, never a guessed tie', async () => {
    const r = twin();
    expect(r.heldBack.length).toBeGreaterThan(0);
    const held = new Set(r.heldBack.map((h) => h.locator));
    const reported = new Set(r.unresolved.map((u) => `${u.name}|${u.country}`));
    const raw = parse(readFileSync(path.join(BUNDLED_DATA, 'twin-cities/twin_cities_raw.csv'), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
    }) as Record<string, string>[];
    for (const s of r.skipped.filter((x) => x.reason === 'name not resolved to a place')) {
      const row = raw[s.row - 2];
      const sides = ['1', '2'].filter((i) =>
        reported.has(`${row[`city${i}`].trim()}|${row[`country${i}`].trim()}`),
      );
      // A row is held back exactly when one of its sides was placed.
      expect(held.has(`twin_cities_raw.csv row ${s.row}`), `row ${s.row}`).toBe(sides.length === 1);
    }
    // The questions of Chinese offices: the real partner cities the lists name in words no gazetteer has.
    const open = await heldBackRows(t.db);
    expect(open.length).toBeGreaterThan(40);
    expect(open.every((o) => o.partner.countryCode === 'CN' || o.countryCode === 'CN')).toBe(true);
    expect(open.map((o) => `${o.name} (${o.country})`)).toEqual(
      expect.arrayContaining(['Brazzaville (Congo)', 'Yichun (China)']),
    );
    expect(open.find((o) => o.name === 'Yichun')).toMatchObject({ status: 'ambiguous', countryCode: 'CN' });
  });

  it('shows no tie as active unless a source says so: the rest are listed, state unknown', async () => {
    const rows = await t.db.query<{ status: string; stated: boolean; n: number }>(
      `SELECT p.status, EXISTS (SELECT 1 FROM claims c WHERE c.record_type = 'partnership'
         AND c.record_id = p.id AND c.field = 'status') AS stated, count(*)::int AS n
       FROM partnerships p GROUP BY 1, 2`,
    );
    expect(rows.filter((r) => r.status === 'active' && !r.stated)).toEqual([]);
    const listed = rows.find((r) => r.status === 'listed' && !r.stated);
    expect(listed?.n).toBeGreaterThan(20_000);
  });

  it("puts AidData's stated counts beside the ties counted here, 38 countries, every figure sourced", async () => {
    const [{ n, countries, unsourced }] = await t.db.query<{
      n: number;
      countries: number;
      unsourced: number;
    }>(
      `SELECT count(*)::int AS n, count(DISTINCT country_code)::int AS countries,
         count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM record_sources rs
           WHERE rs.record_type = 'observation' AND rs.record_id = o.id AND rs.source_id LIKE 'src:aiddata-pd-%'))::int AS unsourced
       FROM observations o WHERE o.id LIKE 'obs:aiddata-pd:%'`,
    );
    expect({ n, countries, unsourced }).toEqual({ n: 672, countries: 38, unsourced: 0 });
    const coverage = statedCoverage(await loadDataset(t.db));
    expect(coverage.countries).toHaveLength(38);
    const japan = coverage.countries.find((c) => c.country.code === 'JP')!;
    expect(japan.latest).toMatchObject({ year: 2016, stated: 377 });
    expect(japan.counted).toBeGreaterThan(100);
    expect(japan.dated).toBeLessThanOrEqual(japan.counted);
  });

  it("imports AidData's 3,485 financed projects, each sourced and with its countries", async () => {
    const [counts] = await t.db.query<{ n: number; sourced: number; countries: number; placed: number }>(
      `SELECT count(*)::int AS n,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM record_sources rs WHERE rs.record_type = 'project'
           AND rs.record_id = j.id AND rs.source_id = 'src:aiddata-geocoded-china-1.1.0'))::int AS sourced,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM project_countries k WHERE k.project_id = j.id))::int AS countries,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM project_places x WHERE x.project_id = j.id))::int AS placed
       FROM projects j WHERE j.id LIKE 'pj:aiddata-%'`,
    );
    expect(counts.n).toBe(3485);
    expect(counts.sourced).toBe(3485);
    expect(counts.countries).toBeGreaterThan(3465);
    expect(counts.placed).toBeGreaterThan(1100);
    const finance = imports.find((r) => r.kind === 'aiddata-finance')!;
    expect(finance.unresolved.length).toBeGreaterThan(0);
    for (const u of finance.unresolved) expect(u.reason).toMatch(/^location \S+ \(.+\) of project \d+: /);
  });

  it("merges Shanghai's partners from both sources without duplicate pairs", async () => {
    const list = await listPartnerships(t.db, { placeId: SHANGHAI }, { limit: 1000, offset: 0 });
    expect(list.total).toBe(list.items.length);
    expect(list.total).toBeGreaterThan(50);
    const items = list.items as { id: string; placeA: { id: string }; placeB: { id: string } }[];
    const partners = items.map((p) => (p.placeA.id === SHANGHAI ? p.placeB.id : p.placeA.id));
    expect(new Set(partners).size).toBe(partners.length);
    expect(new Set(items.map((p) => p.id)).size).toBe(items.length);

    const sources = await t.db.query<{ id: string; kinds: string[] }>(
      `SELECT rs.record_id AS id, array_agg(DISTINCT s.kind ORDER BY s.kind) AS kinds
       FROM record_sources rs JOIN sources s ON s.id = rs.source_id
       WHERE rs.record_type = 'partnership' AND rs.record_id = ANY($1::text[]) GROUP BY rs.record_id`,
      [items.map((p) => p.id)],
    );
    const both = sources.filter((s) => s.kinds.includes('dataset') && s.kinds.includes('document'));
    expect(sources.some((s) => s.kinds.join() === 'dataset')).toBe(true);
    expect(both.length).toBeGreaterThan(0);
  });

  it('keeps Shanghai–Ho Chi Minh City as one partnership from the list and document 001, signed 1994-05-14', async () => {
    const [{ n }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM partnerships
       WHERE (place_a = $1 AND place_b = $2) OR (place_a = $2 AND place_b = $1)`,
      [SHANGHAI, HCMC],
    );
    expect(n).toBe(1);
    const p = await getPartnership(t.db, partnershipId(SHANGHAI, HCMC));
    expect(p).toMatchObject({ signedOn: '1994-05-14', signedPrecision: 'day', type: 'sister_city' });
    const ids = (p!.sources as { id: string }[]).map((s) => s.id);
    expect(ids).toContain('src:doc-001');
    expect(ids.some((id) => id.startsWith('src:wikipedia-twins-'))).toBe(true);
    expect((p!.provenance as Record<string, string>).signed).toMatch(/^stated by src:doc-001 \(document\)/);
  });

  it("keeps the documents' differing figures for Shanghai side by side", async () => {
    const result = await listObservations(t.db, { placeId: SHANGHAI }, { limit: 100, offset: 0 });
    const values = (result.items as { value: number; sources: { id: string }[] }[]).map((o) => o.value);
    for (const v of [85, 86, 71, 84]) expect(values).toContain(v);
    for (const o of result.items as { sources: { id: string }[] | null }[])
      expect(o.sources?.length).toBeGreaterThan(0);
  });

  it(
    'a second bootstrap changes nothing',
    async () => {
      const before = await tableCounts(t.db);
      const logged = await changeLogCount(t.db);
      const again = await bootstrap(t.db);
      expect(again).toEqual({ migrated: [], gazetteerLoaded: false, imports: [] });
      expect(await changeLogCount(t.db)).toBe(logged);
      expect(await tableCounts(t.db)).toEqual(before);

      // Forcing the same twin-city file through the importer again writes nothing either.
      const raw = readFileSync(path.join(BUNDLED_DATA, 'twin-cities/twin_cities_raw.csv'), 'utf8');
      const geocoded = readFileSync(path.join(BUNDLED_DATA, 'twin-cities/twin_cities_geocoded.csv'), 'utf8');
      const resolver = await loadResolver(t.db);
      const report = await runImport(t.db, {
        kind: 'twin-cities-again',
        fileName: 'twin_cities_raw.csv',
        content: raw,
        actor: 'tester',
        build: (r) => twinCitiesBatch(raw, geocoded, resolver, r),
      });
      expect(report.unchanged).toBe(true);
      expect(report.written.partnerships?.added).toBe(0);
      expect(report.written.partnerships?.updated).toBe(0);
      expect(await changeLogCount(t.db)).toBe(logged);
      expect({ ...(await tableCounts(t.db)), imports: before.imports }).toEqual(before);
    },
    BOOTSTRAP_TIMEOUT,
  );
});
