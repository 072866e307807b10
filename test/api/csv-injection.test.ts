/**
 * CSV injection through the API: records whose names are spreadsheet formulas come out of every CSV the
 * API offers with no field starting a formula, on each engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';
import { buildServer } from '../../src/api/server.ts';
import { EXPORT_TABLES } from '../../src/ingest/export.ts';
import { restoreCsvCell } from '../../src/domain/csv.ts';

const AUTH = { authorization: 'Bearer secret' };
const NAME = '=HYPERLINK("http://x","y")';
const FORMULA_START = /^[=+\-@\t\r]/;
/** A figure, which a spreadsheet reads as a number, not a formula. */
const NUMBER = /^-\d+(\.\d+)?(e[+-]?\d+)?$/i;

describe.each(ENGINES)('CSV from the API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let placeId: string;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
    app = await buildServer({ db: t.db, adminToken: 'secret' });
    const post = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url, headers: AUTH, payload });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
      return res.json<{ id: string }>();
    };
    placeId = (
      await post('/api/places', {
        kind: 'city',
        nameEn: NAME,
        nameZh: '+1',
        aliases: ['@SUM(A1)', '-2+3'],
        countryCode: 'CZ',
        lat: 49.2,
        lng: 16.6,
        population: 380000,
      })
    ).id;
    const source = [{ source: { title: '@SUM(A1)', publisher: '=1+1', kind: 'document' }, locator: '\t=1' }];
    await post('/api/partnerships', {
      placeA: SHANGHAI,
      placeB: placeId,
      type: 'sister_city',
      signed: '2019',
      note: '-2+3',
      sources: source,
    });
    await post('/api/organisations', { nameEn: '+cmd', abbr: '@o', kind: 'forum', placeId, sources: source });
    await post('/api/events', {
      kind: 'forum',
      nameEn: '-event',
      placeId,
      placeText: '=place',
      participants: [{ placeId: SHANGHAI, role: '@role' }],
      note: '=note',
      sources: source,
    });
    await post('/api/projects', {
      nameEn: '=project',
      domain: 'trade',
      sector: '+sector',
      placeIds: [placeId],
      participants: [{ name: '-participant' }],
      milestones: [{ description: '@milestone' }],
      outcomes: [{ measure: '=measure', text: '+text' }],
      sources: source,
    });
    await post('/api/observations', {
      subjectText: NAME,
      placeId,
      measure: '-measure',
      value: -3,
      unit: '@unit',
      sources: source,
    });
    const needs = await app.inject({
      method: 'POST',
      url: `/api/places/${encodeURIComponent(placeId)}/needs-offers`,
      headers: AUTH,
      payload: { direction: 'need', field: 'trade', note: '=need' },
    });
    expect(needs.statusCode, needs.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  /** The fields of a CSV the API sends, after checking it is one. */
  async function csvFields(url: string): Promise<string[]> {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    expect(res.headers['content-type'], url).toMatch(/^text\/csv/);
    return (parse(res.body, { bom: true }) as string[][]).flat();
  }

  const registryLists = [
    'partnerships',
    'organisations',
    'events',
    'projects',
    'observations',
    'sources',
  ].map((list) => `/api/${list}?format=csv&limit=1000`);
  const analyses = () => [
    `/api/analysis/layout?place=${SHANGHAI}&format=csv`,
    `/api/analysis/layout?place=${encodeURIComponent(placeId)}&format=csv`,
    '/api/analysis/rankings?country=CZ&format=csv&limit=5000',
    '/api/analysis/network/nodes?format=csv&limit=1000',
    `/api/matching/candidates?place=${SHANGHAI}&includePartners=true&limit=1000&format=csv`,
  ];

  it('no field of any CSV starts a formula, and the hostile name is in each, escaped', async () => {
    const urls = [
      ...EXPORT_TABLES.map((table) => `/api/export/${table}?format=csv`),
      ...registryLists,
      ...analyses(),
    ];
    const carrying: string[] = [];
    for (const url of urls) {
      const fields = await csvFields(url);
      for (const field of fields)
        if (FORMULA_START.test(field) && !NUMBER.test(field))
          expect.fail(`${url}: field ${JSON.stringify(field)} starts a formula`);
      if (fields.some((f) => restoreCsvCell(f) === NAME)) carrying.push(url);
    }
    // Where the hostile place name is a field of its own, it arrives whole once the escape is removed.
    expect(carrying).toEqual(
      expect.arrayContaining([
        '/api/export/places?format=csv',
        '/api/export/observations?format=csv',
        '/api/observations?format=csv&limit=1000',
        ...analyses().filter((u) => !u.includes(`place=${encodeURIComponent(placeId)}`)),
      ]),
    );
  });

  it('every table offered as CSV is offered as XLSX too: the same rows, formulas kept as text, the credit on its own sheet', async () => {
    const Excel = (await import('exceljs')).default;
    const carrying: string[] = [];
    for (const url of [...registryLists, ...analyses()]) {
      const res = await app.inject({ method: 'GET', url: url.replace('format=csv', 'format=xlsx') });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="amity-[a-z-]+\.xlsx"$/);
      const workbook = new Excel.Workbook();
      await workbook.xlsx.load(res.rawPayload as never);
      const [rows, credit] = workbook.worksheets;
      const csvRows = (parse((await app.inject({ method: 'GET', url })).body, { bom: true }) as string[][])
        .length;
      expect(rows.rowCount, url).toBe(csvRows);
      expect(String(credit.getCell('A1').value)).toContain('CC BY-SA 4.0');
      rows.eachRow((row) =>
        row.eachCell((cell) => {
          // No cell is a formula: a name that looks like one is text.
          expect(cell.type, `${url} ${cell.address}`).not.toBe(Excel.ValueType.Formula);
          if (cell.value === NAME) carrying.push(url);
        }),
      );
    }
    // The hostile name is in the workbooks as written, with no escape to undo.
    expect(carrying.length).toBeGreaterThan(0);
  });

  it('the other hostile texts were stored as written and come back unchanged in JSON', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export/record_sources?format=json' });
    const body = res.json<{ rows: { locator: string }[] }>();
    expect(body.rows.map((r) => r.locator)).toContain('\t=1');
    const places = await app.inject({ method: 'GET', url: `/api/places/${encodeURIComponent(placeId)}` });
    expect(places.json<{ nameEn: string }>().nameEn).toBe(NAME);
  });
});
