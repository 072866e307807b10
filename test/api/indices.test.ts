/** The composite-index routes through app.inject: presets, builds, saved indices, uncertainty, exports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from '../support/databases.ts';
import { buildServer } from '../../src/api/server.ts';
import { asemDataDirectory, buildAsemCoin, getResults } from '../../src/analysis/indices/index.ts';

const TOKEN = 'index-admin-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const asemMeta = readFileSync(join(asemDataDirectory(), 'iMeta.csv'), 'utf8');
const asemData = readFileSync(join(asemDataDirectory(), 'iData.csv'), 'utf8');

/** A small city framework: two dimensions, four criteria, six cities. */
const cityMeta = `Level,iCode,iName,Direction,Weight,Parent,Type
1,gdp,GDP,1,1,economy,Indicator
1,fdi,Foreign investment,1,1,economy,Indicator
1,flights,International flights,1,1,openness,Indicator
1,sisters,Sister cities,1,1,openness,Indicator
2,economy,Economy,,0.6,city_index,Aggregate
2,openness,Openness,,0.4,city_index,Aggregate
3,city_index,City index,,1,,Aggregate
`;
const cityData = `uCode,uName,gdp,fdi,flights,sisters
SHA,Shanghai,4.3,19,900,92
BJS,Beijing,4.0,14,800,56
CTU,Chengdu,2.0,11,300,37
HCM,Ho Chi Minh City,0.6,7,250,40
PRG,Prague,0.4,5,300,28
YOK,Yokohama,1.2,3,10,8
`;

describe.each(ENGINES)('index routes on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    app = await buildServer({ db: t.db, adminToken: TOKEN });
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  it('lists the presets with their frameworks', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/indices/presets' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as {
      items: { id: string; framework: { nodes: unknown[] }; hasData: boolean }[];
    };
    expect(items.map((p) => p.id)).toEqual([
      'asem',
      'bri-city-development',
      'bri-city-potential',
      'bri-financial-connectivity',
    ]);
    expect(items[0].framework.nodes.length).toBe(60);
    expect(items[0].hasData).toBe(true);
    expect(items[1].hasData).toBe(false);
  });

  it('builds the ASEM preset: results at every level equal to the engine, tiers, methodology', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/indices/build', payload: { preset: 'asem' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.levels.map((l: { level: number }) => l.level)).toEqual([4, 3, 2, 1]);
    expect(body.levels[0].nodes).toEqual([{ code: 'Index', name: 'Sustainable Connectivity' }]);
    const index = getResults(buildAsemCoin()).find((r) => r.code === 'Index')!;
    for (const row of body.levels[0].rows) {
      expect(row.scores.Index).toBeCloseTo(index.scores[row.uCode], 12);
      expect(row.ranks.Index).toBe(index.ranks[row.uCode]);
    }
    expect(body.levels[0].rows[0].ranks.Index).toBe(1);
    expect(body.levels[3].nodes.length).toBe(49);
    expect(body.tiers.length).toBe(51);
    expect(body.typology).toBeNull();
    expect(body.methodology.some((l: string) => l.startsWith('Step 2. Impute'))).toBe(true);

    // the same files sent as CSV text give the same results
    const fromCsv = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { preset: 'asem', iMeta: asemMeta, iData: asemData },
    });
    expect(fromCsv.statusCode).toBe(200);
    expect(fromCsv.json().levels).toEqual(body.levels);
  });

  it('builds from iMeta + iData CSV with step settings, and from a preset with city data and typology', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: {
        iMeta: cityMeta,
        iData: cityData,
        steps: [
          { step: 'normalise', spec: { method: 'minMax', min: 1, max: 100 } },
          { step: 'aggregate', method: 'geometric' },
        ],
        tiers: { method: 'thresholds', cuts: [60, 30], labels: ['A', 'B', 'C'] },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.levels[0].rows[0].uCode).toBe('SHA');
    expect(body.levels[0].rows[0].scores.city_index).toBeCloseTo(100, 10);
    expect(body.tiers.find((x: { unit: string }) => x.unit === 'SHA').label).toBe('A');

    // the preset's framework with its own steps changed: no treatment, z-scores
    const dev = await app.inject({ method: 'GET', url: '/api/indices/presets' });
    const devPreset = (
      dev.json().items as { id: string; framework: { nodes: { code: string; level: number }[] } }[]
    )[1];
    const criteria = devPreset.framework.nodes.filter((n) => n.level === 1).map((n) => n.code);
    const header = ['uCode', 'uName', ...criteria].join(',');
    const lines = ['SHA', 'BJS', 'CTU', 'HCM', 'PRG', 'YOK'].map((c, u) =>
      [c, c, ...criteria.map((_, k) => ((u * 7 + k * 13) % 17) + 1)].join(','),
    );
    const built = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: {
        preset: 'bri-city-development',
        iData: [header, ...lines].join('\n'),
        settings: { treat: null, normalise: { spec: { method: 'zScore' } } },
      },
    });
    expect(built.statusCode).toBe(200);
    const b = built.json();
    expect(b.steps.map((s: { step: string }) => s.step)).toEqual(['normalise', 'aggregate']);
    expect(b.typology).toHaveLength(6);
    expect(b.levels.map((l: { levelName: string }) => l.levelName)).toEqual([
      'Index',
      'Dimension',
      'Criterion',
    ]);
  });

  it('reports bad frameworks and data as 422 problem+json naming the code and problem', async () => {
    const badMeta = cityMeta.replace(
      '1,fdi,Foreign investment,1,1,economy',
      '1,fdi,Foreign investment,1,1,nowhere',
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { iMeta: badMeta, iData: cityData },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors).toContainEqual({ field: 'fdi', reason: "unknown parent code 'nowhere'" });

    const badData = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { iMeta: cityMeta, iData: cityData.replace('0.6,7', 'lots,7') },
    });
    expect(badData.statusCode).toBe(422);
    expect(badData.json().errors[0]).toEqual({
      field: 'row 4 (HCM), column gdp',
      reason: "'lots' is not a number",
    });

    const badStep = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { preset: 'asem', settings: { normalise: { spec: { method: 'minMax', min: 'low' } } } },
    });
    expect(badStep.statusCode).toBe(422);
    expect(badStep.json().errors[0].field).toBe('settings.normalise.spec.min');

    const geo = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { preset: 'asem', settings: { aggregate: { method: 'geometric' } } },
    });
    expect(geo.statusCode).toBe(422);
    expect(geo.json().errors[0].reason).toMatch(/geometric mean met a zero/);

    const noData = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { preset: 'bri-city-potential' },
    });
    expect(noData.statusCode).toBe(422);
    expect(noData.json().errors[0].field).toBe('iData');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/indices/build',
      payload: { preset: 'gdp' },
    });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'preset' });
  });

  it('saves an index only with the admin token, then lists, reads results, exports and deletes it', async () => {
    const payload = { id: 'asem-ref', nameZh: '亚欧互联互通', preset: 'asem' };
    const refused = await app.inject({ method: 'POST', url: '/api/indices', payload });
    expect(refused.statusCode).toBe(401);
    const saved = await app.inject({ method: 'POST', url: '/api/indices', payload, headers: auth });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ id: 'asem-ref', created: true, results: 51 * 60 });
    const again = await app.inject({ method: 'POST', url: '/api/indices', payload, headers: auth });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, changed: false });

    const badId = await app.inject({
      method: 'POST',
      url: '/api/indices',
      payload: { ...payload, id: 'Not OK' },
      headers: auth,
    });
    expect(badId.statusCode).toBe(422);
    expect(badId.json().errors[0].field).toBe('id');

    const list = (await app.inject({ method: 'GET', url: '/api/indices' })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: 'asem-ref',
      nameZh: '亚欧互联互通',
      units: 51,
      indicators: 49,
    });

    const one = (await app.inject({ method: 'GET', url: '/api/indices/asem-ref' })).json();
    expect(one.steps).toHaveLength(6);

    const results = (await app.inject({ method: 'GET', url: '/api/indices/asem-ref/results' })).json();
    expect(results.levels.map((l: { level: number }) => l.level)).toEqual([4, 3, 2, 1]);
    const index = getResults(buildAsemCoin()).find((r) => r.code === 'Index')!;
    const top = results.levels[0].nodes[0];
    expect(top.code).toBe('Index');
    for (const r of top.results) {
      expect(r.score).toBeCloseTo(index.scores[r.uCode], 12);
      expect(r.rank).toBe(index.ranks[r.uCode]);
    }
    const pillars = (
      await app.inject({ method: 'GET', url: '/api/indices/asem-ref/results?level=2' })
    ).json();
    expect(pillars.levels).toHaveLength(1);
    expect(pillars.levels[0].levelName).toBe('Pillar');
    expect(pillars.levels[0].nodes).toHaveLength(8);

    const csv = await app.inject({ method: 'GET', url: '/api/indices/asem-ref/export?format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toMatch(/^# ASEM Sustainable Connectivity/);
    expect(csv.body).toContain('# Step 4. Treat outliers');
    const table = parse(csv.body, { columns: true, comment: '#' }) as Record<string, string>[];
    expect(table).toHaveLength(51);
    expect(Number(table[0]['Index rank'])).toBe(1);
    expect(Number(table[0].Index)).toBeCloseTo(Math.max(...Object.values(index.scores)), 9);

    const xlsx = await app.inject({ method: 'GET', url: '/api/indices/asem-ref/export?format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Results',
      'Index',
      'Sub-index',
      'Pillar',
      'Indicator',
      'Tiers',
      'Methodology',
    ]);
    const note: string[] = [];
    wb.getWorksheet('Methodology')!.eachRow((row) => note.push(String(row.getCell(1).value)));
    expect(
      note.some(
        (l) =>
          l.includes('Screen: units with less than 90.0% data availability') &&
          l.includes('{"by":"missing","threshold":0.9}'),
      ),
    ).toBe(true);
    const badFormat = await app.inject({ method: 'GET', url: '/api/indices/asem-ref/export?format=pdf' });
    expect(badFormat.statusCode).toBe(400);

    expect((await app.inject({ method: 'DELETE', url: '/api/indices/asem-ref' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/indices/asem-ref', headers: auth })).statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/indices/asem-ref', headers: auth })).statusCode,
    ).toBe(404);
    const gone = await app.inject({ method: 'GET', url: '/api/indices/asem-ref/results' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('runs uncertainty on a saved index, reproducible from the seed, with N capped', async () => {
    const saved = await app.inject({
      method: 'POST',
      url: '/api/indices',
      payload: { id: 'cities', nameEn: 'Six cities', iMeta: cityMeta, iData: cityData },
      headers: auth,
    });
    expect(saved.statusCode).toBe(201);
    const body = {
      n: 200,
      seed: 7,
      settings: {
        weights: { noise: [{ level: 2, factor: 0.25 }], sets: 50 },
        aggregation: ['arithmetic', 'geometric'],
      },
    };
    const a = await app.inject({ method: 'POST', url: '/api/indices/cities/uncertainty', payload: body });
    expect(a.statusCode).toBe(200);
    const b = await app.inject({ method: 'POST', url: '/api/indices/cities/uncertainty', payload: body });
    expect(a.json().units).toEqual(b.json().units);
    expect(a.json()).toMatchObject({ n: 200, seed: 7, inputs: ['weights', 'aggregation'] });
    for (const u of a.json().units) {
      expect(u.q05Rank).toBeLessThanOrEqual(u.medianRank);
      expect(u.medianRank).toBeLessThanOrEqual(u.q95Rank);
    }
    // defaults when no settings are given
    const d = await app.inject({
      method: 'POST',
      url: '/api/indices/cities/uncertainty',
      payload: { n: 50 },
    });
    expect(d.statusCode).toBe(200);
    expect(d.json().inputs).toEqual(['winmax', 'normalisation', 'weights', 'aggregation']);

    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/indices/cities/uncertainty',
      payload: { n: 20_001 },
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().errors[0].field).toBe('body.n');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/indices/none/uncertainty',
      payload: { n: 10 },
    });
    expect(missing.statusCode).toBe(404);
  });
});
