/** Wikidata P190 query results: mirrored statements merge, the most precise date is kept. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  COUNTRIES,
  PLACES,
  freshDatabase,
  withSmallGazetteer,
  type TestDatabase,
} from '../support/databases.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { WIKIDATA_SOURCE, wikidataBatch } from '../../src/ingest/wikidata.ts';
import { runImport } from '../../src/ingest/run.ts';
import { ImportRejected, emptyReport } from '../../src/ingest/report.ts';
import { getPartnership } from '../../src/store/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { BEIJING, HCMC, PRAGUE, SHANGHAI, YOKOHAMA, tableCounts } from '../support/registry-fixtures.ts';

const fixture = readFileSync(new URL('../fixtures/wikidata-p190.json', import.meta.url), 'utf8');
const resolver = new Resolver(COUNTRIES, PLACES);

describe('wikidata batch', () => {
  it('merges the two statements of a pair and keeps the most precise date', () => {
    const report = emptyReport('wikidata', 'p190.json', 'x');
    const known = new Set(PLACES.map((p) => p.id));
    const batch = wikidataBatch(fixture, resolver, report, known);
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(6);
    const byPair = new Map(batch.partnerships!.map((c) => [`${c.placeA}|${c.placeB}`, c]));
    expect(byPair.size).toBe(3);
    // HCMC gave the year (precision 9), Shanghai the day (precision 11).
    expect(byPair.get(`${HCMC}|${SHANGHAI}`)?.signed).toEqual({ date: '1994-05-14', precision: 'day' });
    // Without startPrecision, 1 January means the year and any other day means that day.
    expect(byPair.get(`${SHANGHAI}|${YOKOHAMA}`)?.signed).toEqual({ date: '1973-11-30', precision: 'day' });
    // Month precision: the day of the time value is not kept.
    expect(byPair.get(`${BEIJING}|${PRAGUE}`)?.signed).toEqual({ date: '2016-03-01', precision: 'month' });
    expect(byPair.get(`${BEIJING}|${PRAGUE}`)?.locator).toBe('Q1085 P190 Q956');
    expect(report.merged).toHaveLength(2);
    expect(report.merged[0]).toMatch(/^row 2: Shanghai – Ho Chi Minh City merged/);
    expect(report.skipped).toEqual([
      expect.objectContaining({
        row: 6,
        field: 'twin',
        value: 'Hanoi – Ankeny',
        reason: 'name not resolved to a place',
      }),
    ]);
    expect(report.unresolved).toEqual([
      expect.objectContaining({ name: 'Ankeny (Q2090520)', country: 'United States of America', rows: 1 }),
    ]);
  });

  it('refuses results that are not P190 query results', () => {
    const notJson = emptyReport('wikidata', 'x.json', 'x');
    wikidataBatch('{', resolver, notJson, new Set());
    expect(notJson.errors).toEqual([
      expect.objectContaining({ row: 0, field: '(file)', reason: expect.stringMatching(/^not JSON/) }),
    ]);
    const wrongVars = emptyReport('wikidata', 'x.json', 'x');
    wikidataBatch(
      JSON.stringify({ head: { vars: ['item', 'itemLabel'] }, results: { bindings: [] } }),
      resolver,
      wrongVars,
      new Set(),
    );
    expect(wrongVars.errors).toEqual([expect.objectContaining({ field: 'twin, twinLabel' })]);
  });
});

describe.each(ENGINES)('wikidata import on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  const importFixture = (text: string) =>
    runImport(t.db, {
      kind: 'wikidata',
      fileName: 'wikidata-p190.json',
      content: text,
      actor: 'tester',
      build: (report) => wikidataBatch(text, resolver, report, new Set(PLACES.map((p) => p.id))),
    });

  it('writes one partnership per pair and a second import changes nothing', async () => {
    const report = await importFixture(fixture);
    expect(report.written.partnerships).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const p = await getPartnership(t.db, partnershipId(SHANGHAI, HCMC));
    expect(p).toMatchObject({ signedOn: '1994-05-14', signedPrecision: 'day', sourceCount: 1 });
    expect(p!.sources).toEqual([
      expect.objectContaining({ id: WIKIDATA_SOURCE.id, locator: 'Q1854 P190 Q8686' }),
    ]);
    expect(await getPartnership(t.db, partnershipId(SHANGHAI, YOKOHAMA))).toMatchObject({
      signedOn: '1973-11-30',
      signedPrecision: 'day',
    });
    const [stored] = await t.db.query<{ report: { unresolvedCount: number; skippedCount: number } }>(
      `SELECT report FROM imports WHERE kind = 'wikidata'`,
    );
    expect(stored.report).toMatchObject({ unresolvedCount: 1, skippedCount: 1 });

    const before = await tableCounts(t.db);
    const again = await importFixture(fixture);
    expect(again.unchanged).toBe(true);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('refuses a result row with a bad time value and writes nothing', async () => {
    const bad = JSON.parse(fixture);
    bad.results.bindings[4].start.value = 'sometime';
    const before = await tableCounts(t.db);
    const error = await importFixture(JSON.stringify(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).report.errors).toEqual([
      expect.objectContaining({ row: 5, field: 'start', value: 'sometime' }),
    ]);
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
