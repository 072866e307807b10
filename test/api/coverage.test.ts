/**
 * Stated counts beside ours through the API: pair observations China – Vietnam (as the AidData import
 * writes them) against the fixture's ties with Vietnam (Shanghai–Ho Chi Minh City 1994, Beijing–Hanoi 1992), as
 * JSON and CSV, with the attribution the licence asks for.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ENGINES } from '../support/databases.ts';
import { DOC_002 } from '../support/registry-fixtures.ts';
import { expectProblem, getReply, registryServer } from '../support/api.ts';
import { applyBatch } from '../../src/store/batch.ts';
import { STATED_CHINA_TIES_MEASURE } from '../../src/domain/stated-ties.ts';

const stated = (year: number, value: number) => ({
  id: `obs:aiddata-pd:VN:${year}`,
  subjectText: 'China – Vietnam',
  countryCode: 'VN',
  measure: STATED_CHINA_TIES_MEASURE,
  value,
  unit: 'count',
  asOf: { date: `${year}-01-01`, precision: 'year' as const },
  details: { pair: ['CN', 'VN'] },
  sources: [{ sourceId: DOC_002.id, locator: `row ${year}` }],
});

describe.each(ENGINES)('stated counts beside ours on %s', (engine) => {
  const server = registryServer(engine, {}, async (db) => {
    await db.transaction('fixture', (tx) =>
      applyBatch(tx, { observations: [stated(1990, 2), stated(2016, 4)] }),
    );
  });

  it('lists each country with a stated figure beside the ties counted here', async () => {
    const { status, body } = await getReply(server.app, '/api/analysis/coverage');
    expect(status).toBe(200);
    expect(body.attribution).toMatch(/AidData/);
    expect(body.countries).toHaveLength(1);
    const [vn] = body.countries;
    expect(vn).toMatchObject({
      country: { code: 'VN', nameZh: '越南' },
      latest: { year: 2016, stated: 4, countedSignedBy: 2 },
      counted: 2,
      dated: 2,
      coverage: 0.5,
    });
    expect(
      vn.series.map((s: { year: number; countedSignedBy: number }) => [s.year, s.countedSignedBy]),
    ).toEqual([
      [1990, 0],
      [2016, 2],
    ]);
    expect(body.totals).toEqual({ stated: 4, counted: 2, dated: 2, coverage: 0.5 });
  });

  it('gives one country, or none, and the table as CSV', async () => {
    expect((await getReply(server.app, '/api/analysis/coverage?country=vn')).body.countries).toHaveLength(1);
    expect((await getReply(server.app, '/api/analysis/coverage?country=JP')).body.countries).toEqual([]);
    const csv = await getReply(server.app, '/api/analysis/coverage?format=csv');
    expect(csv.type).toContain('text/csv');
    expect(parse(csv.body as string, { columns: true })).toEqual([
      expect.objectContaining({ country: 'VN', stated: '4', counted: '2', coverage: '0.5' }),
    ]);
    expectProblem(await server.app.inject({ url: '/api/analysis/coverage?country=Vietnam' }), 400);
  });

  it('keeps the pair figures out of the country layout’s own stated figures', async () => {
    const { body } = await getReply(server.app, '/api/analysis/layout?country=VN');
    expect(body.stated).toEqual([]);
  });
});
